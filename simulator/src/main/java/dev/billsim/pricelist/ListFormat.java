package dev.billsim.pricelist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.billsim.report.TextTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders catalog rows or regions for {@code billsim prices}: aligned text, JSON or CSV. */
public enum ListFormat {
  /** Aligned columns for people: figures, then instance types. */
  TEXT("text"),
  /** One JSON array of objects, values as exact decimal strings. */
  JSON("json"),
  /** RFC 4180 CSV with a header line. */
  CSV("csv");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String NL = System.lineSeparator();

  private final String key;

  ListFormat(String key) {
    this.key = key;
  }

  /** Returns the name {@code --format} takes. */
  public String key() {
    return key;
  }

  /** Renders the rows of a catalog view. */
  public String rows(List<PriceRow> rows) {
    return switch (this) {
      case TEXT -> text(rows);
      case JSON -> json(rows.stream().map(ListFormat::object).toList());
      case CSV -> csv(rows.stream().map(ListFormat::object).toList());
    };
  }

  /** Renders regions, each a map of provider, region, name, prices-as and home. */
  public String regions(List<Map<String, Object>> regions) {
    if (this == TEXT) {
      TextTable table = new TextTable("provider", "region", "name", "prices as", "home");
      for (Map<String, Object> r : regions) {
        table.row(
            String.valueOf(r.get("provider")),
            String.valueOf(r.get("region")),
            String.valueOf(r.get("name")),
            r.get("prices-as") == null ? "" : String.valueOf(r.get("prices-as")),
            Boolean.TRUE.equals(r.get("home")) ? "home (figures outside regions:)" : "");
      }
      return table.plain("");
    }
    return this == JSON ? json(regions) : csv(regions);
  }

  private static String text(List<PriceRow> rows) {
    StringBuilder out = new StringBuilder();
    TextTable figures =
        new TextTable(
            "path", "band", "value>", "unit", "effective", "provenance", "source", "note");
    TextTable instances =
        new TextTable(
            "type", "vCPUs>", "memory>", "USD/hour>", "effective", "provenance", "source", "note");
    int figureCount = 0;
    int instanceCount = 0;
    for (PriceRow r : rows) {
      String provenance = r.secondary() ? "secondary" : "";
      if (r.instance()) {
        instanceCount++;
        instances.row(
            r.path().substring(CatalogRows.INSTANCES.length()),
            Integer.toString(r.vcpus()),
            memory(r.memoryMb()),
            r.value().toPlainString(),
            r.effective(),
            provenance,
            r.source(),
            r.note());
      } else {
        figureCount++;
        figures.row(
            r.path(),
            r.band(),
            r.value().toPlainString(),
            r.unit(),
            r.effective(),
            provenance,
            r.source(),
            r.note());
      }
    }
    if (figureCount > 0) {
      out.append(figures.plain(""));
    }
    if (instanceCount > 0) {
      if (figureCount > 0) {
        out.append(NL).append("Instance types (ec2.instances; ec2 and lambda-managed):").append(NL);
      }
      out.append(instances.plain(""));
    }
    return out.toString();
  }

  private static String memory(long memoryMb) {
    BigDecimal gib = BigDecimal.valueOf(memoryMb).divide(BigDecimal.valueOf(1024));
    return gib.stripTrailingZeros().toPlainString() + " GiB";
  }

  private static Map<String, Object> object(PriceRow r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("path", r.path());
    o.put("band-from", r.bandFrom() == null ? null : r.bandFrom().toPlainString());
    o.put("band-to", r.bandTo() == null ? null : r.bandTo().toPlainString());
    o.put("value", r.value().toPlainString());
    o.put("unit", r.unit());
    o.put("vcpus", r.instance() ? r.vcpus() : null);
    o.put("memory-mb", r.instance() ? r.memoryMb() : null);
    o.put("effective", r.effective());
    o.put("secondary", r.secondary());
    o.put("source", r.source());
    o.put("note", r.note());
    return o;
  }

  private static String json(List<Map<String, Object>> objects) {
    try {
      return MAPPER.writeValueAsString(objects) + NL;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String csv(List<Map<String, Object>> objects) {
    StringBuilder out = new StringBuilder();
    if (objects.isEmpty()) {
      return "";
    }
    out.append(String.join(",", objects.get(0).keySet())).append("\r\n");
    for (Map<String, Object> o : objects) {
      List<String> cells = new ArrayList<>();
      for (Object v : o.values()) {
        cells.add(escape(v == null ? "" : String.valueOf(v)));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  private static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  /** Returns the format named, in any case, or null. */
  public static ListFormat byKey(String name) {
    for (ListFormat f : values()) {
      if (f.key.equalsIgnoreCase(name.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }
}
