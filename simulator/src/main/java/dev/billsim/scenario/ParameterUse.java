package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * States where a scenario file writes a parameter's {@code ${name}}: in which platforms' entries
 * under {@code platforms:}, and whether anywhere else (traffic, requests, the horizon). A parameter
 * written only in some platforms' entries is a setting of those platforms: varying it leaves the
 * traffic, and every other platform, as they are.
 *
 * @param platforms the indices of the platforms whose entries write it, in file order
 * @param elsewhere whether anything outside {@code platforms:} writes it
 */
public record ParameterUse(List<Integer> platforms, boolean elsewhere) {
  /** Copies the indices. */
  public ParameterUse {
    platforms = List.copyOf(platforms);
  }

  /** Returns whether the parameter sets only platforms' own configuration, and at least one. */
  public boolean isPlatformSetting() {
    return !elsewhere && !platforms.isEmpty();
  }

  /** Finds the uses of {@code ${name}} in a parsed file; the parameters' own mapping is skipped. */
  static ParameterUse find(YamlNode root, String name) {
    String reference = "${" + name + "}";
    Set<Integer> platforms = new TreeSet<>();
    boolean elsewhere = false;
    if (!(root instanceof YamlNode.Mapping top)) {
      return new ParameterUse(List.of(), writes(root, reference));
    }
    for (Map.Entry<String, YamlNode> entry : top.entries().entrySet()) {
      if (entry.getKey().equals(ParameterReader.KEY)) {
        continue;
      }
      if (entry.getKey().equals("platforms")
          && entry.getValue() instanceof YamlNode.Sequence sequence) {
        for (int i = 0; i < sequence.items().size(); i++) {
          if (writes(sequence.items().get(i), reference)) {
            platforms.add(i);
          }
        }
      } else {
        elsewhere |= writes(entry.getValue(), reference);
      }
    }
    return new ParameterUse(new ArrayList<>(platforms), elsewhere);
  }

  /** Returns whether any scalar under {@code node} contains the reference. */
  private static boolean writes(YamlNode node, String reference) {
    if (node instanceof YamlNode.Mapping mapping) {
      return mapping.entries().values().stream().anyMatch(v -> writes(v, reference));
    }
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items().stream().anyMatch(v -> writes(v, reference));
    }
    return node instanceof YamlNode.Scalar scalar
        && scalar.text() != null
        && scalar.text().contains(reference);
  }
}
