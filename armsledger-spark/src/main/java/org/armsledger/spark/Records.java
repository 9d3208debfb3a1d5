package org.armsledger.spark;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Carries a Java record of plain values (strings, numbers, booleans) across Spark's Java
 * serialization, which records of the core (a ledger {@code Report}) do not implement: the
 * component values in order, and back through the canonical constructor.
 */
final class Records {
  private Records() {}

  /** A record's component values; every one must itself be serializable. */
  static Serializable[] values(Record r) {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    Serializable[] out = new Serializable[cs.length];
    try {
      for (int i = 0; i < cs.length; i++) {
        Object v = cs[i].getAccessor().invoke(r);
        if (v != null && !(v instanceof Serializable)) {
          throw new IllegalArgumentException(r.getClass().getSimpleName() + "." + cs[i].getName() + " is not serializable");
        }
        out[i] = (Serializable) v;
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read record " + r.getClass().getName(), e);
    }
    return out;
  }

  /** The record of {@code type} with these component values. */
  static <R extends Record> R of(Class<R> type, Object[] values) {
    RecordComponent[] cs = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<R> c = type.getDeclaredConstructor(types);
      return c.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build record " + type.getName(), e);
    }
  }
}
