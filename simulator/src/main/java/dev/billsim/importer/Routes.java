package dev.billsim.importer;

/**
 * Makes a recorded route safe to name a class in every file an import writes, whatever a reader
 * passed on: line breaks, tabs and other control characters become spaces (they would break the
 * trace's rows and the scenario's comments), a lone half of a surrogate pair is dropped (a cut
 * emoji cannot be written as UTF-8), the ends are trimmed (a trace's class column is read trimmed),
 * and the path after the method is templated again ({@link RouteTemplate}): a route a format gives
 * as recorded (a span's name) loses its query and identifiers too.
 */
final class Routes {
  /** The class of a request whose route is empty. */
  static final String EMPTY = "(no route)";

  private Routes() {}

  /** Returns the route as a class name. */
  static String clean(String route) {
    StringBuilder text = new StringBuilder(route.length());
    for (int i = 0; i < route.length(); i++) {
      char c = route.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < route.length()
          && Character.isLowSurrogate(route.charAt(i + 1))) {
        text.append(c).append(route.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        continue; // half a character
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        text.append(' ');
      } else {
        text.append(c);
      }
    }
    String clean = text.toString().strip();
    int slash = clean.startsWith("/") ? 0 : clean.indexOf(" /") + 1;
    if (slash > 0 || clean.startsWith("/")) {
      clean = clean.substring(0, slash) + RouteTemplate.of(clean.substring(slash));
    }
    if (clean.isEmpty()) {
      return EMPTY;
    }
    // The class of the routes outside the top ones is named other: a recorded route of that
    // name is told apart.
    return clean.equals(ClassTable.OTHER) ? "other (a recorded route)" : clean;
  }
}
