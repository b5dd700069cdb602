package dev.billsim.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.billsim.input.ParserErrors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Streams one AWS Price List bulk offer file (JSON, plain or gzip) with Jackson's streaming parser,
 * keeping only the matched SKUs' facts: memory is bounded by the SKUs the filter keeps, whatever
 * the file's size. A file that lists {@code terms} before {@code products} is read twice: the first
 * pass finds the SKUs, the second their prices.
 */
final class AwsOfferReader {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(64).build())
          .build();

  /** The longest text an import keeps from a file (names, codes, dates). */
  static final int MAX_TEXT = 256;

  /** The largest amount or range an import accepts: no price or quantity comes near it. */
  private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e30");

  /** The smallest amount above zero an import accepts. */
  private static final BigDecimal MIN_DECIMAL = new BigDecimal("1e-30");

  private static final String HINT =
      "is this an AWS Price List bulk offer file? download one from"
          + " https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json";

  private final String name;
  private final AwsImport.Opener source;
  private final OfferFilter filter;
  private final AwsImport.Progress progress;
  private final Map<String, OfferProduct> products = new TreeMap<>();
  private final Map<String, OfferPrice> prices = new TreeMap<>();
  private final Map<String, String> header = new HashMap<>();
  private long productCount;
  private long[] bytesRead = new long[1];
  private JsonParser parser;

  /**
   * Creates a reader of one file; {@code source} opens it (raw bytes, gzip detected by its magic
   * number), once or twice.
   */
  AwsOfferReader(
      String name, AwsImport.Opener source, OfferFilter filter, AwsImport.Progress progress) {
    this.name = name;
    this.source = source;
    this.filter = filter;
    this.progress = progress;
  }

  /** Reads the file. */
  OfferFile read() throws OfferException, IOException {
    boolean termsFirst = pass(true);
    if (termsFirst && !products.isEmpty()) {
      pass(false);
    }
    return new OfferFile(
        name,
        header.getOrDefault("offerCode", ""),
        header.getOrDefault("version", ""),
        header.getOrDefault("publicationDate", ""),
        productCount,
        products,
        prices);
  }

  /** Reads the file once; returns whether it met terms before products on the first pass. */
  private boolean pass(boolean first) throws OfferException, IOException {
    boolean sawProducts = false;
    boolean termsFirst = false;
    bytesRead = new long[1];
    try (InputStream in = open();
        JsonParser p = JSON.createParser(in)) {
      parser = p;
      expect(p.nextToken(), JsonToken.START_OBJECT, "a JSON object (an offer file)");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("products") && first) {
          expect(value, JsonToken.START_OBJECT, "products: an object of products by SKU");
          readProducts(p);
          sawProducts = true;
        } else if (field.equals("terms") && (sawProducts || !first)) {
          expect(value, JsonToken.START_OBJECT, "terms: an object of OnDemand and Reserved terms");
          readTerms(p);
        } else if (field.equals("terms")) {
          termsFirst = true;
          p.skipChildren();
        } else if (value.isScalarValue()) {
          header.put(field, field.equals("disclaimer") ? "" : text(p, field));
          if (field.equals("publicationDate")) {
            date(header.get(field), "publicationDate");
          }
        } else {
          p.skipChildren();
        }
      }
      expect(p.currentToken(), JsonToken.END_OBJECT, "the end of the offer file's object");
      if (p.nextToken() != null) {
        throw problem("the end of the file after the offer's object", describe(p.currentToken()));
      }
      if (first && !sawProducts) {
        throw problem("an offer file with products and terms", "no products section");
      }
      if (first && header.getOrDefault("publicationDate", "").isEmpty()) {
        throw problem("a publicationDate at the top of the offer file", "none");
      }
    } catch (JsonProcessingException e) {
      throw new OfferException(
          where(e.getLocation()),
          "well-formed JSON",
          ParserErrors.json(e).got(),
          HINT + " (a file cut short by a failed download ends early)");
    } catch (java.util.zip.ZipException e) {
      throw new OfferException(
          name + " (byte " + bytesRead[0] + ")",
          "a well-formed gzip file",
          "a damaged one (" + e.getMessage() + ")",
          "download the file again");
    } catch (java.io.EOFException e) {
      throw new OfferException(
          name + " (byte " + bytesRead[0] + ")",
          "a complete gzip file",
          "one cut short",
          "download the file again");
    }
    progress.update(bytesRead[0], productCount, products.size());
    return termsFirst;
  }

  private InputStream open() throws IOException {
    InputStream raw =
        new BufferedInputStream(new CountingStream(source.open(), bytesRead), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private void readProducts(JsonParser p) throws IOException, OfferException {
    Map<String, String> attributes = new HashMap<>();
    long nextReport = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      expect(p.nextToken(), JsonToken.START_OBJECT, "a product object for SKU " + key);
      if (key.length() > MAX_TEXT) {
        throw problem("a SKU of at most " + MAX_TEXT + " characters", "one of " + key.length());
      }
      attributes.clear();
      String sku = key;
      String family = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("attributes") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String attribute = p.currentName();
            if (p.nextToken().isScalarValue() && OfferProduct.ATTRIBUTES.contains(attribute)) {
              attributes.put(attribute, text(p, attribute)); // others are never decoded
            } else {
              p.skipChildren();
            }
          }
        } else if (field.equals("sku") && value.isScalarValue()) {
          sku = text(p, "sku");
        } else if (field.equals("productFamily") && value.isScalarValue()) {
          family = text(p, "productFamily");
        } else {
          p.skipChildren();
        }
      }
      productCount++;
      OfferProduct product = OfferProduct.of(sku, family, attributes, filter);
      if (product != null) {
        products.put(sku, product);
      }
      if (bytesRead[0] >= nextReport) {
        progress.update(bytesRead[0], productCount, products.size());
        nextReport = bytesRead[0] + (64L << 20);
      }
    }
  }

  private void readTerms(JsonParser p) throws IOException, OfferException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      JsonToken value = p.nextToken();
      if (!kind.equals("OnDemand") || value != JsonToken.START_OBJECT) {
        p.skipChildren(); // Reserved and any other kind of term
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String sku = p.currentName();
        p.nextToken();
        if (products.containsKey(sku)) {
          expect(p.currentToken(), JsonToken.START_OBJECT, "the terms of SKU " + sku);
          OfferPrice price = readOfferTerms(p, sku);
          if (price != null) {
            prices.put(sku, price);
          }
        } else {
          p.skipChildren();
        }
      }
    }
  }

  /** Reads one SKU's on-demand terms, keeping the latest by effectiveDate. */
  private OfferPrice readOfferTerms(JsonParser p, String sku) throws IOException, OfferException {
    List<OfferPrice> terms = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      expect(p.nextToken(), JsonToken.START_OBJECT, "an offer term object");
      String effective = "";
      List<OfferPrice.Band> bands = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("effectiveDate") && value.isScalarValue()) {
          effective = date(text(p, "effectiveDate"), "effectiveDate of SKU " + sku);
        } else if (field.equals("priceDimensions") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "a price dimension object");
            bands.add(readDimension(p, sku));
          }
        } else {
          p.skipChildren();
        }
      }
      bands.sort(Comparator.comparing(OfferPrice.Band::begin));
      checkBands(bands, sku);
      terms.add(new OfferPrice(effective, List.copyOf(bands)));
    }
    return terms.stream().max(Comparator.comparing(OfferPrice::effectiveDate)).orElse(null);
  }

  private OfferPrice.Band readDimension(JsonParser p, String sku)
      throws IOException, OfferException {
    String begin = "0";
    String end = "Inf";
    String unit = "";
    String usd = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("pricePerUnit") && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String currency = p.currentName();
          if (p.nextToken().isScalarValue() && currency.equals("USD")) {
            usd = p.getText();
          } else {
            p.skipChildren();
          }
        }
      } else if (value.isScalarValue()) {
        switch (field) {
          case "beginRange" -> begin = p.getText();
          case "endRange" -> end = p.getText();
          case "unit" -> unit = p.getText();
          default -> {
            // rateCode, description, appliesTo: not needed
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (usd == null) {
      throw problem("a pricePerUnit with USD for SKU " + sku, "none");
    }
    return new OfferPrice.Band(
        decimal(begin, "beginRange", sku),
        end.equalsIgnoreCase("Inf") ? null : decimal(end, "endRange", sku),
        unit,
        decimal(usd, "pricePerUnit.USD", sku));
  }

  /** Refuses bands that do not follow on from one another, the last one unbounded. */
  private void checkBands(List<OfferPrice.Band> bands, String sku) throws OfferException {
    for (int i = 0; i < bands.size(); i++) {
      OfferPrice.Band band = bands.get(i);
      boolean last = i == bands.size() - 1;
      BigDecimal start = i == 0 ? BigDecimal.ZERO : bands.get(i - 1).end();
      boolean follows = start != null && band.begin().compareTo(start) == 0;
      boolean ends =
          last ? band.end() == null : band.end() != null && band.end().compareTo(band.begin()) > 0;
      if (!follows || !ends) {
        throw problem(
            "price dimensions of SKU "
                + sku
                + " as bands from 0, each beginRange the endRange of the one before, the last"
                + " ending at Inf",
            "a band from "
                + band.begin().toPlainString()
                + " to "
                + (band.end() == null ? "Inf" : band.end().toPlainString()));
      }
    }
  }

  /** Returns a scalar's text, refusing one too long to be a name, code or date. */
  private String text(JsonParser p, String field) throws IOException, OfferException {
    String text = p.getText();
    if (text.length() > MAX_TEXT) {
      throw problem(
          field + " of at most " + MAX_TEXT + " characters",
          String.format(Locale.ROOT, "one of %,d characters", text.length()));
    }
    return text;
  }

  /** Returns an ISO 8601 date or date-time, refusing anything else. */
  private String date(String text, String field) throws OfferException {
    try {
      if (text.length() >= 10) {
        java.time.LocalDate.parse(text.substring(0, 10));
        return text;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below
    }
    throw problem(field + " as an ISO 8601 date such as 2026-11-01T00:00:00Z", "'" + text + "'");
  }

  private BigDecimal decimal(String text, String field, String sku) throws OfferException {
    try {
      BigDecimal value = new BigDecimal(text.trim());
      boolean sane =
          value.compareTo(MAX_DECIMAL) <= 0
              && (value.signum() == 0 || value.compareTo(MIN_DECIMAL) >= 0);
      if (value.signum() >= 0 && sane) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw problem(
        field + " as a decimal number, 0 or from 1e-30 to 1e30, for SKU " + sku,
        "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
  }

  private void expect(JsonToken token, JsonToken wanted, String expected) throws OfferException {
    if (token != wanted) {
      throw problem(expected, describe(token));
    }
  }

  private OfferException problem(String expected, String got) {
    return new OfferException(where(parser.currentTokenLocation()), expected, got, HINT);
  }

  private String where(JsonLocation at) {
    if (at == null) {
      return name;
    }
    return String.format(
        Locale.ROOT,
        "%s:%d:%d (byte %,d of the JSON)",
        name,
        at.getLineNr(),
        at.getColumnNr(),
        Math.max(0, at.getByteOffset()));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT, END_ARRAY -> "the end of a structure";
      case FIELD_NAME -> "a field name";
      default -> "a " + token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
