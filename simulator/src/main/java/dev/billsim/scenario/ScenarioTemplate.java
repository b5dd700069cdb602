package dev.billsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a parsed scenario file with its parameters, ready to become a {@link Scenario} for any
 * choice of parameter values: {@code run --set} makes one, a sweep makes one per point, from one
 * reading of the file.
 */
public final class ScenarioTemplate {
  private final ScenarioLoader loader;
  private final String file;
  private final String text;
  private final Path directory;
  private final YamlNode root;
  private final List<ScenarioProblem> early;
  private final ParameterReader.Declared declared;
  private final Map<String, Parameter> parameters = new LinkedHashMap<>();

  ScenarioTemplate(
      ScenarioLoader loader,
      String file,
      String text,
      Path directory,
      YamlNode root,
      List<ScenarioProblem> early,
      ParameterReader.Declared declared) {
    this.loader = loader;
    this.file = file;
    this.text = text;
    this.directory = directory;
    this.root = root;
    this.early = List.copyOf(early);
    this.declared = declared;
    for (Parameter parameter : declared.valid()) {
      parameters.put(parameter.name(), parameter);
    }
  }

  /** Returns the file's name as given, for messages. */
  public String file() {
    return file;
  }

  /** Returns the file's text, as read: what a sweep's shards and cluster tasks load again. */
  public String text() {
    return text;
  }

  /** Returns the directory the files the scenario names (traces, data) are resolved against. */
  public Path directory() {
    return directory;
  }

  /** Returns the declared parameters in file order. */
  public List<Parameter> parameters() {
    return List.copyOf(parameters.values());
  }

  /** Returns the parameter with this name, or null when the file declares none such. */
  public Parameter parameter(String name) {
    return parameters.get(name);
  }

  /** Returns a hint naming the declared parameter a misspelt name most likely meant. */
  public String suggest(String name) {
    if (parameters.isEmpty()) {
      return "declare it at the top of " + file + ": parameters: {" + name + ": DEFAULT}";
    }
    return Problems.suggest(name, parameters.keySet());
  }

  /**
   * Returns where the file writes a parameter: in which platforms' entries, and whether elsewhere.
   */
  public ParameterUse use(String name) {
    return ParameterUse.find(root, name);
  }

  /**
   * Returns whether the file has problems found before any value is chosen (a key given twice, a
   * malformed parameter); {@link #instantiate} then reports them with any others.
   */
  public boolean hasProblems() {
    return !early.isEmpty();
  }

  /**
   * Substitutes the parameters, defaults overridden by {@code values}, and loads the result,
   * checking everything as a file without parameters is checked.
   *
   * @param values values by parameter name, each already checked with {@link Parameter#check}
   * @throws IllegalArgumentException when a value names a parameter the file does not declare
   */
  public Scenario instantiate(Map<String, String> values) throws ScenarioException {
    Map<String, String> effective = new LinkedHashMap<>();
    for (Parameter parameter : parameters.values()) {
      effective.put(parameter.name(), parameter.defaultValue());
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (!parameters.containsKey(value.getKey())) {
        throw new IllegalArgumentException("no parameter " + value.getKey() + " in " + file);
      }
      effective.put(value.getKey(), value.getValue());
    }
    Problems problems = new Problems(file);
    for (ScenarioProblem problem : early) {
      problems.add(problem);
    }
    YamlNode substituted = Substitution.apply(root, effective, declared, problems);
    Scenario scenario = loader.read(substituted, file, text, problems, directory);
    if (problems.any() || scenario == null) {
      throw new ScenarioException(new ArrayList<>(problems.inFileOrder()));
    }
    return scenario;
  }
}
