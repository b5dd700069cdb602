package dev.billsim.run;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality and hashing of a graph of records, component by component, as the records' own equality
 * compares them, without asking the records.
 *
 * <p>Why: a record's own {@code equals} and {@code hashCode} are linked at their first call, one
 * method-handle tree per record class, 3 to 13 ms each on this machine's Java 17, and the first 30
 * to 46 ms. A sweep's {@link SimulationKey}s span a dozen record classes (the workload, its request
 * classes, steps, distributions and traffic, the platforms' specs), which cost 45 ms of a
 * one-second command (benchmarks/README.md, issue 21's eighth round). Reading the components by
 * reflection costs a tenth of that.
 *
 * <p>The rules are the records': records are equal when of the same class and equal component by
 * component (primitives as their boxes compare, which is how a record compares them); lists are
 * equal element by element, maps key by key, as {@link List#equals} and {@link Map#equals} say;
 * anything else by its own {@code equals}, so arrays by identity. A record that declares its own
 * {@code equals} is asked. It is told from the implicit one by the modifier javac gives that one,
 * {@code final}: a record whose own {@code equals} is declared {@code final} would be compared
 * component by component instead (none of billsim's is; {@code ComponentEqualityTest} compares the
 * two equalities on every bundled scenario's keys).
 */
final class ComponentEquality {
  /** Each record class's component fields, readable; null for anything but a record. */
  private static final ClassValue<Field[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          return componentsOf(type);
        }
      };

  /** The same, null also for a record compared by its own equals: how a component is compared. */
  private static final ClassValue<Field[]> COMPARED_BY_COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          Field[] components = COMPONENTS.get(type);
          return components == null || declaresEquals(type) ? null : components;
        }
      };

  private ComponentEquality() {}

  /**
   * Returns whether {@code b} is a record of {@code a}'s class equal to it component by component:
   * what a record's own {@code equals} returns through this class.
   */
  static boolean recordEquals(Record a, Object b) {
    return a == b
        || (b != null && a.getClass() == b.getClass() && equalComponents(componentsOf(a), a, b));
  }

  /** Returns the hash consistent with {@link #recordEquals}. */
  static int recordHash(Record r) {
    return hashComponents(componentsOf(r), r);
  }

  /** Returns whether {@code a} and {@code b} are equal by the rules above. */
  static boolean equal(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    Field[] components = COMPARED_BY_COMPONENTS.get(a.getClass());
    if (components != null) {
      return a.getClass() == b.getClass() && equalComponents(components, a, b);
    }
    if (a instanceof Record) {
      return a.equals(b); // a record with its own equals, even one that is also a list or a map
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return equalLists(x, y);
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return equalMaps(x, y);
    }
    return a.equals(b);
  }

  /** Returns a hash consistent with {@link #equal}. */
  static int hash(Object o) {
    if (o == null) {
      return 0;
    }
    Field[] components = COMPARED_BY_COMPONENTS.get(o.getClass());
    if (components != null) {
      return hashComponents(components, o);
    }
    if (o instanceof Record) {
      return o.hashCode();
    }
    if (o instanceof List<?> list) {
      int h = 1;
      for (Object element : list) {
        h = 31 * h + hash(element);
      }
      return h;
    }
    if (o instanceof Map<?, ?> map) {
      int h = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        h += Objects.hashCode(entry.getKey()) ^ hash(entry.getValue());
      }
      return h;
    }
    return o.hashCode();
  }

  /** Returns the component fields of a record that asks this class to compare it. */
  private static Field[] componentsOf(Record r) {
    Field[] components = COMPONENTS.get(r.getClass());
    if (components == null) {
      throw new IllegalStateException(r.getClass() + ": its components cannot be read");
    }
    return components;
  }

  private static int hashComponents(Field[] components, Object record) {
    int h = 0;
    for (Field component : components) {
      h = 31 * h + hash(read(component, record));
    }
    return h;
  }

  private static boolean equalComponents(Field[] components, Object a, Object b) {
    for (Field component : components) {
      if (!equal(read(component, a), read(component, b))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalLists(List<?> x, List<?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    Iterator<?> i = x.iterator();
    Iterator<?> j = y.iterator();
    while (i.hasNext()) {
      if (!equal(i.next(), j.next())) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalMaps(Map<?, ?> x, Map<?, ?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    try {
      for (Map.Entry<?, ?> entry : x.entrySet()) {
        Object other = y.get(entry.getKey());
        if (other == null && !y.containsKey(entry.getKey())) {
          return false;
        }
        if (!equal(entry.getValue(), other)) {
          return false;
        }
      }
    } catch (ClassCastException | NullPointerException e) {
      return false; // a key the other map cannot hold: unequal, as AbstractMap.equals says
    }
    return true;
  }

  private static Object read(Field component, Object record) {
    try {
      return component.get(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("made accessible in componentsOf: " + component, e);
    }
  }

  /**
   * Returns a record class's component fields made readable, or null: for anything but a record,
   * and for a record whose fields its module does not open to billsim.
   */
  private static Field[] componentsOf(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    try {
      RecordComponent[] declared = type.getRecordComponents();
      Field[] fields = new Field[declared.length];
      for (int i = 0; i < declared.length; i++) {
        fields[i] = type.getDeclaredField(declared[i].getName());
        fields[i].setAccessible(true);
      }
      return fields;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null; // compared by its own equals: slower to link, never wrong
    }
  }

  /** Returns whether a record declares its own equals: javac marks the implicit one final. */
  private static boolean declaresEquals(Class<?> type) {
    try {
      return !Modifier.isFinal(type.getMethod("equals", Object.class).getModifiers());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("every class has equals(Object)", e);
    }
  }
}
