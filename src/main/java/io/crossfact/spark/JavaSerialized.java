package io.crossfact.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A broadcast value that always travels in Java serialization, as bytes.
 *
 * <p>The job runs with Kryo, and Kryo ignores {@code writeObject}/{@code readObject} and cannot rebuild immutable
 * JDK collections ({@code List.copyOf}): a config or Hadoop configuration broadcast as is deserializes wrongly on a
 * real cluster (local mode never deserializes broadcasts, so only the cluster smoke run shows it). Bytes are safe
 * under any serializer; the value is rebuilt once per executor JVM.
 */
public final class JavaSerialized<T extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] bytes;
  private transient volatile T value;

  public JavaSerialized(T value) {
    this.value = value;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + value.getClass().getName(), e);
    }
    this.bytes = out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        if (value == null) {
          try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            value = (T) in.readObject();
          } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot deserialize a broadcast value", e);
          }
        }
        v = value;
      }
    }
    return v;
  }
}
