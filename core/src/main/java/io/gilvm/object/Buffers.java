package io.gilvm.object;

/** The buffer protocol as gilvm has it: bytes, bytearray and memoryview read as bytes. */
public final class Buffers {
  private Buffers() {}

  /** The bytes of a bytes-like object (a copy for mutable ones), or null for any other. */
  public static byte[] bytes(PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value();
    }
    if (o instanceof PyByteArray a) {
      return a.snapshot();
    }
    if (o instanceof PyMemoryView m) {
      return m.toBytes();
    }
    if (o instanceof PyArray a) {
      return a.toBytes();
    }
    return null;
  }
}
