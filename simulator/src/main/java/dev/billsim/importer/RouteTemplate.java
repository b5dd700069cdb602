package dev.billsim.importer;

import java.util.regex.Pattern;

/**
 * Turns a recorded URL or path into the route it stands for, so that requests group into classes:
 * scheme, host, query and fragment go (a query string can hold personal data, and no class is named
 * by it), and a path segment that is an identifier becomes {@code {id}}: digits, a UUID, a long
 * hexadecimal string, a long token of letters and digits, or anything with an {@code @} (an e-mail
 * address). {@code https://shop.example.com/products/1042?ref=mail} becomes {@code /products/{id}}.
 */
public final class RouteTemplate {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");
  // A token of 20 or more characters from the URL-safe alphabets that holds a digit: an opaque id.
  private static final Pattern TOKEN = Pattern.compile("(?=.*[0-9])[A-Za-z0-9_\\-]{20,}");
  private static final int MAX_SEGMENTS = 16;

  private RouteTemplate() {}

  /** Returns the route of a URL or path. */
  public static String of(String urlOrPath) {
    String path = urlOrPath.trim();
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.isEmpty() || path.charAt(0) != '/') {
      path = "/" + path;
    }
    String[] segments = path.split("/", -1);
    StringBuilder route = new StringBuilder();
    int kept = 0;
    for (int i = 1; i < segments.length; i++) {
      if (kept == MAX_SEGMENTS) {
        route.append("/...");
        break;
      }
      route.append('/').append(template(segments[i]));
      kept++;
    }
    return route.length() == 0 ? "/" : route.toString();
  }

  private static String template(String segment) {
    if (segment.indexOf('@') >= 0 // an e-mail address or a user name: personal, and no class
        || DIGITS.matcher(segment).matches()
        || UUID.matcher(segment).matches()
        || HEX.matcher(segment).matches()
        || TOKEN.matcher(segment).matches()) {
      return "{id}";
    }
    return segment;
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
