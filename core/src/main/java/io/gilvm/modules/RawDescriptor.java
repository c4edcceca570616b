package io.gilvm.modules;

import java.io.RandomAccessFile;

/**
 * A file descriptor {@code os.open} made: the open file and how it was opened. It is numbered in
 * {@link Descriptors} like the files {@code open()} makes; {@code os.read}, {@code os.write},
 * {@code os.lseek} and {@code os.close} work on it, and {@code open(fd)} (and so {@code os.fdopen})
 * wraps it in a file object, which then owns the number.
 */
final class RawDescriptor {
  final RandomAccessFile file;
  final String path;
  final boolean readable;
  final boolean writable;
  final boolean append;

  RawDescriptor(
      RandomAccessFile file, String path, boolean readable, boolean writable, boolean append) {
    this.file = file;
    this.path = path;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
  }
}
