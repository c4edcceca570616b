package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code posix}: the system calls that gilvm's {@code os} module (written in Python) is built on.
 * Each one that touches the file system runs with the interpreter lock released and fails with the
 * OSError subclass, errno, text and file name that CPython's would on Linux.
 *
 * <p>The JVM cannot change its working directory, so {@code chdir} changes a directory kept here
 * for the whole process ({@link #cwd}), against which this module and {@code open()} resolve
 * relative paths; the names they report stay as the program gave them.
 */
final class PosixModule {
  private PosixModule() {}

  /** The process's working directory as {@code chdir} last set it: an absolute, normal path. */
  private static volatile Path cwd =
      Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();

  /** os.urandom's source, made at its first use: setting up the JDK's providers costs start-up. */
  private static final class Urandom {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  /** {@code path} resolved against the emulated working directory. */
  static Path resolve(String path) {
    return cwd.resolve(path);
  }

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("posix");
    m.function(
        "getcwd",
        (t, a, kw) -> {
          ArgParser.arity("getcwd", a, kw, 0, 0);
          return new PyStr(cwd.toString());
        });
    m.function(
        "chdir",
        (t, a, kw) -> {
          ArgParser.arity("chdir", a, kw, 1, 1);
          String p = path(a[0], "chdir", "path");
          Path target =
              OsErrors.run(
                  t,
                  p,
                  () -> {
                    Path r = resolve(p);
                    if (!Files.exists(r)) {
                      throw new OsErrors.Errno(OsErrors.ENOENT);
                    }
                    if (!Files.isDirectory(r)) {
                      throw new OsErrors.Errno(20);
                    }
                    return r.toRealPath();
                  });
          cwd = target;
          return PyNone.NONE;
        });
    m.function(
        "listdir",
        (t, a, kw) -> {
          ArgParser.arity("listdir", a, kw, 0, 1);
          String p = a.length == 0 || a[0] == PyNone.NONE ? "." : path(a[0], "listdir", "path");
          List<String> names =
              OsErrors.run(
                  t,
                  p,
                  () -> {
                    Path r = resolve(p);
                    if (Files.exists(r) && !Files.isDirectory(r)) {
                      throw new OsErrors.Errno(20);
                    }
                    List<String> out = new ArrayList<>();
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(r)) {
                      for (Path e : ds) {
                        out.add(e.getFileName().toString());
                      }
                    }
                    return out;
                  });
          PyList l = new PyList();
          for (String n : names) {
            l.append(new PyStr(n));
          }
          return l;
        });
    m.function(
        "mkdir",
        (t, a, kw) -> {
          PyObject[] p = ArgParser.parse("mkdir", a, kw, new String[] {"path", "mode"}, 1, 2);
          String s = path(p[0], "mkdir", "path");
          long mode = p[1] == null ? 0777 : ArgParser.asLong(p[1], "mode");
          OsErrors.run(
              t,
              s,
              () -> {
                Path r = resolve(s);
                Files.createDirectory(r);
                if (mode != 0777) {
                  Files.setPosixFilePermissions(r, permissions((int) mode & ~umask()));
                }
                return null;
              });
          return PyNone.NONE;
        });
    descriptorFunctions(m);
    m.function(
        "rmdir",
        (t, a, kw) -> {
          ArgParser.arity("rmdir", a, kw, 1, 1);
          String s = path(a[0], "rmdir", "path");
          OsErrors.run(
              t,
              s,
              () -> {
                Path r = resolve(s);
                if (Files.exists(r, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                  throw new OsErrors.Errno(20);
                }
                Files.delete(r);
                return null;
              });
          return PyNone.NONE;
        });
    for (String name : new String[] {"remove", "unlink"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 1, 1);
            String s = path(a[0], name, "path");
            OsErrors.run(
                t,
                s,
                () -> {
                  Path r = resolve(s);
                  if (Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OsErrors.Errno(21);
                  }
                  Files.delete(r);
                  return null;
                });
            return PyNone.NONE;
          });
    }
    for (String name : new String[] {"rename", "replace"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 2, 2);
            String src = path(a[0], name, "src");
            String dst = path(a[1], name, "dst");
            try {
              OsErrors.run(
                  t,
                  src,
                  () -> {
                    Path from = resolve(src);
                    Path to = resolve(dst);
                    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                      throw new OsErrors.Errno(OsErrors.ENOENT);
                    }
                    if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                      throw new OsErrors.Errno(21);
                    }
                    Files.move(
                        from,
                        to,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    return null;
                  });
            } catch (PyException e) {
              throw withSecondName(e, dst);
            }
            return PyNone.NONE;
          });
    }
    m.function("stat", (t, a, kw) -> stat(t, a, kw, "stat", true));
    m.function("lstat", (t, a, kw) -> stat(t, a, kw, "lstat", false));
    m.function(
        "readlink",
        (t, a, kw) -> {
          ArgParser.arity("readlink", a, kw, 1, 1);
          String s = path(a[0], "readlink", "path");
          String target =
              OsErrors.run(
                  t,
                  s,
                  () -> {
                    Path r = resolve(s);
                    if (!Files.isSymbolicLink(r)) {
                      if (!Files.exists(r, LinkOption.NOFOLLOW_LINKS)) {
                        throw new OsErrors.Errno(OsErrors.ENOENT);
                      }
                      throw new OsErrors.Errno(OsErrors.EINVAL);
                    }
                    return Files.readSymbolicLink(r).toString();
                  });
          return new PyStr(target);
        });
    m.function(
        "symlink",
        (t, a, kw) -> {
          ArgParser.arity("symlink", a, kw, 2, 2);
          String src = path(a[0], "symlink", "src");
          String dst = path(a[1], "symlink", "dst");
          try {
            OsErrors.run(t, src, () -> Files.createSymbolicLink(resolve(dst), Paths.get(src)));
          } catch (PyException e) {
            throw withSecondName(e, dst);
          }
          return PyNone.NONE;
        });
    m.function(
        "chmod",
        (t, a, kw) -> {
          ArgParser.arity("chmod", a, kw, 2, 2);
          String s = path(a[0], "chmod", "path");
          int mode = (int) ArgParser.asLong(a[1], "mode");
          OsErrors.run(t, s, () -> Files.setPosixFilePermissions(resolve(s), permissions(mode)));
          return PyNone.NONE;
        });
    m.function(
        "utime",
        (t, a, kw) -> {
          ArgParser.arity("utime", a, kw, 1, 2);
          String s = path(a[0], "utime", "path");
          long atime;
          long mtime;
          if (a.length < 2 || a[1] == PyNone.NONE) {
            atime = mtime = System.currentTimeMillis() * 1_000_000L;
          } else {
            PyObject[] times = io.gilvm.object.Ops.unpack(a[1], 2);
            atime = (long) (ArgParser.asDouble(times[0]) * 1e9);
            mtime = (long) (ArgParser.asDouble(times[1]) * 1e9);
          }
          OsErrors.run(
              t,
              s,
              () -> {
                Path r = resolve(s);
                Files.getFileAttributeView(r, java.nio.file.attribute.BasicFileAttributeView.class)
                    .setTimes(
                        FileTime.from(mtime, TimeUnit.NANOSECONDS),
                        FileTime.from(atime, TimeUnit.NANOSECONDS),
                        null);
                return null;
              });
          return PyNone.NONE;
        });
    m.function(
        "access",
        (t, a, kw) -> {
          ArgParser.arity("access", a, kw, 2, 2);
          String s = path(a[0], "access", "path");
          long mode = ArgParser.asLong(a[1], "mode");
          boolean ok =
              OsErrors.run(
                  t,
                  () -> {
                    Path r = resolve(s);
                    if (!Files.exists(r)) {
                      return false;
                    }
                    return ((mode & 4) == 0 || Files.isReadable(r))
                        && ((mode & 2) == 0 || Files.isWritable(r))
                        && ((mode & 1) == 0 || Files.isExecutable(r));
                  });
          return PyBool.of(ok);
        });
    m.function(
        "realpath",
        (t, a, kw) -> {
          ArgParser.arity("realpath", a, kw, 1, 1);
          String s = path(a[0], "realpath", "path");
          return new PyStr(OsErrors.run(t, () -> realpath(resolve(s))).toString());
        });
    m.function(
        "getpid",
        (t, a, kw) -> {
          ArgParser.arity("getpid", a, kw, 0, 0);
          return PyInt.of(ProcessHandle.current().pid());
        });
    m.function(
        "getppid",
        (t, a, kw) -> {
          ArgParser.arity("getppid", a, kw, 0, 0);
          return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        });
    m.function(
        "getuid",
        (t, a, kw) -> {
          ArgParser.arity("getuid", a, kw, 0, 0);
          return PyInt.of(
              OsErrors.run(
                  t,
                  () ->
                      ((Number) Files.getAttribute(Paths.get("/proc/self"), "unix:uid"))
                          .longValue()));
        });
    m.function(
        "cpu_count",
        (t, a, kw) -> {
          ArgParser.arity("cpu_count", a, kw, 0, 0);
          return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
    m.function(
        "urandom",
        (t, a, kw) -> {
          ArgParser.arity("urandom", a, kw, 1, 1);
          long n = ArgParser.asLong(a[0], "size");
          if (n < 0) {
            throw PyException.valueError("negative argument not allowed");
          }
          byte[] b = new byte[(int) n];
          Urandom.RANDOM.nextBytes(b);
          return new PyBytes(b);
        });
    m.function(
        "strerror",
        (t, a, kw) -> {
          ArgParser.arity("strerror", a, kw, 1, 1);
          return new PyStr(OsErrors.strerror((int) ArgParser.asLong(a[0], "code")));
        });
    m.function(
        "_exit",
        (t, a, kw) -> {
          ArgParser.arity("_exit", a, kw, 1, 1);
          Runtime.getRuntime().halt((int) ArgParser.asLong(a[0], "status"));
          return PyNone.NONE;
        });
    m.function(
        "terminal_size",
        (t, a, kw) -> {
          ArgParser.arity("terminal_size", a, kw, 0, 1);
          if (System.console() == null) {
            throw OsErrors.error(25);
          }
          return PyTuple.of(PyInt.of(envInt("COLUMNS", 80)), PyInt.of(envInt("LINES", 24)));
        });
    m.function(
        "uname",
        (t, a, kw) -> {
          ArgParser.arity("uname", a, kw, 0, 0);
          String node = readFirstLine("/proc/sys/kernel/hostname");
          String release = readFirstLine("/proc/sys/kernel/osrelease");
          String version = readFirstLine("/proc/sys/kernel/version");
          String arch = System.getProperty("os.arch");
          if (arch.equals("amd64")) {
            arch = "x86_64";
          } else if (arch.equals("aarch64")) {
            arch = "aarch64";
          }
          return PyTuple.of(
              new PyStr(System.getProperty("os.name")),
              new PyStr(node),
              new PyStr(release != null ? release : System.getProperty("os.version")),
              new PyStr(version != null ? version : ""),
              new PyStr(arch));
        });
    PyDict env = new PyDict();
    for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
      env.put(new PyStr(e.getKey()), new PyStr(e.getValue()));
    }
    m.put("environ", env);
    return m;
  }

  /** Linux's open(2) flags, which os.open takes. */
  private static final int O_WRONLY = 1;

  private static final int O_RDWR = 2;
  private static final int O_CREAT = 0100;
  private static final int O_EXCL = 0200;
  private static final int O_TRUNC = 01000;
  private static final int O_APPEND = 02000;
  private static final int O_CLOEXEC = 02000000;

  /** os.open, os.read, os.write, os.lseek and os.close over gilvm's numbered descriptors. */
  private static void descriptorFunctions(PyModule m) {
    m.put("O_RDONLY", PyInt.of(0));
    m.put("O_WRONLY", PyInt.of(O_WRONLY));
    m.put("O_RDWR", PyInt.of(O_RDWR));
    m.put("O_CREAT", PyInt.of(O_CREAT));
    m.put("O_EXCL", PyInt.of(O_EXCL));
    m.put("O_TRUNC", PyInt.of(O_TRUNC));
    m.put("O_APPEND", PyInt.of(O_APPEND));
    m.put("O_CLOEXEC", PyInt.of(O_CLOEXEC));
    m.function(
        "open",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("open", a, kw, new String[] {"path", "flags", "mode"}, 2, 3);
          String s = path(p[0], "open", "path");
          int flags = (int) ArgParser.asLong(p[1], "flags");
          long mode = p[2] == null ? 0777 : ArgParser.asLong(p[2], "mode");
          int access = flags & 3;
          boolean writable = access == O_WRONLY || access == O_RDWR;
          boolean readable = access != O_WRONLY;
          RandomAccessFile raf =
              OsErrors.run(
                  t,
                  s,
                  () -> {
                    Path r = resolve(s);
                    if ((flags & O_CREAT) != 0) {
                      boolean exists = Files.exists(r);
                      if (exists && (flags & O_EXCL) != 0) {
                        throw new java.nio.file.FileAlreadyExistsException(s);
                      }
                      if (!exists) {
                        Files.createFile(r);
                        Files.setPosixFilePermissions(r, permissions((int) mode & ~umask()));
                      }
                    }
                    if (Files.isDirectory(r)) {
                      throw new IOException("Is a directory");
                    }
                    RandomAccessFile f = new RandomAccessFile(r.toFile(), writable ? "rw" : "r");
                    if ((flags & O_TRUNC) != 0 && writable) {
                      f.setLength(0);
                    }
                    return f;
                  });
          return PyInt.of(
              Descriptors.allocate(
                  new RawDescriptor(raf, s, readable, writable, (flags & O_APPEND) != 0)));
        });
    m.function(
        "close",
        (t, a, kw) -> {
          ArgParser.arity("close", a, kw, 1, 1);
          int fd = (int) ArgParser.asLong(a[0], "fd");
          Object owner = Descriptors.lookup(fd);
          if (owner instanceof RawDescriptor d) {
            Descriptors.free(fd);
            OsErrors.run(
                t,
                () -> {
                  d.file.close();
                  return null;
                });
          } else if (owner instanceof PyFile f) {
            f.close(t);
          } else {
            throw OsErrors.error(9);
          }
          return PyNone.NONE;
        });
    m.function(
        "read",
        (t, a, kw) -> {
          ArgParser.arity("read", a, kw, 2, 2);
          RawDescriptor d = raw(a[0]);
          long n = ArgParser.asLong(a[1], "length");
          if (n < 0) {
            throw PyException.valueError("negative length");
          }
          if (!d.readable) {
            throw OsErrors.error(9);
          }
          byte[] got =
              OsErrors.run(
                  t,
                  () -> {
                    byte[] buf = new byte[(int) Math.min(n, 1 << 24)];
                    int k = d.file.read(buf);
                    return k <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, k);
                  });
          return new PyBytes(got);
        });
    m.function(
        "write",
        (t, a, kw) -> {
          ArgParser.arity("write", a, kw, 2, 2);
          RawDescriptor d = raw(a[0]);
          byte[] data = io.gilvm.object.Buffers.bytes(a[1]);
          if (data == null) {
            throw PyException.typeError(
                "a bytes-like object is required, not '" + a[1].type().name() + "'");
          }
          if (!d.writable) {
            throw OsErrors.error(9);
          }
          OsErrors.run(
              t,
              () -> {
                if (d.append) {
                  d.file.seek(d.file.length());
                }
                d.file.write(data);
                return null;
              });
          return PyInt.of(data.length);
        });
    m.function(
        "lseek",
        (t, a, kw) -> {
          ArgParser.arity("lseek", a, kw, 3, 3);
          RawDescriptor d = raw(a[0]);
          long pos = ArgParser.asLong(a[1], "position");
          long how = ArgParser.asLong(a[2], "whence");
          long at =
              OsErrors.run(
                  t,
                  () -> {
                    long base = how == 0 ? 0 : how == 1 ? d.file.getFilePointer() : d.file.length();
                    if (how < 0 || how > 2 || base + pos < 0) {
                      return -1L;
                    }
                    d.file.seek(base + pos);
                    return base + pos;
                  });
          if (at < 0) {
            throw OsErrors.error(22);
          }
          return PyInt.of(at);
        });
  }

  /** The descriptor os.open made that {@code o} numbers; OSError EBADF for any other. */
  private static RawDescriptor raw(PyObject o) {
    int fd = (int) ArgParser.asLong(o, "fd");
    if (Descriptors.lookup(fd) instanceof RawDescriptor d) {
      return d;
    }
    if (fd >= 0 && fd <= 2 || Descriptors.lookup(fd) != null) {
      throw PyException.of(
          io.gilvm.object.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
          "gilvm's os.read, os.write and os.lseek take a descriptor from os.open");
    }
    throw OsErrors.error(9);
  }

  private static String readFirstLine(String file) {
    try {
      List<String> lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : lines.get(0).trim();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static int envInt(String name, int dflt) {
    try {
      String v = System.getenv(name);
      return v == null ? dflt : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  private static int umask() {
    return 022;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ,
    };
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << i)) != 0) {
        s.add(order[i]);
      }
    }
    return s;
  }

  /** The real path of {@code p}: symbolic links resolved as far as the path exists. */
  private static Path realpath(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (NoSuchFileException e) {
      Path parent = abs.getParent();
      if (parent == null) {
        return abs;
      }
      return realpath(parent).resolve(abs.getFileName());
    }
  }

  /** The os.stat fields as a tuple: mode, ino, dev, nlink, uid, gid, size, the times. */
  private static PyObject stat(
      ThreadState t, PyObject[] a, String[] kw, String fname, boolean follow) {
    PyObject[] p = ArgParser.parse(fname, a, kw, new String[] {"path", "follow_symlinks"}, 1, 1);
    String s = path(p[0], fname, "path");
    boolean f = follow && (p[1] == null || p[1].isTrue());
    Map<String, Object> at =
        OsErrors.run(
            t,
            s,
            () -> {
              Path r = resolve(s);
              LinkOption[] opts =
                  f ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
              if (r.getFileName() != null
                  && s.endsWith("/")
                  && Files.exists(r, opts)
                  && !Files.isDirectory(r, opts)) {
                throw new OsErrors.Errno(20);
              }
              return Files.readAttributes(
                  r,
                  "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime",
                  opts);
            });
    long atime = nanos(at.get("lastAccessTime"));
    long mtime = nanos(at.get("lastModifiedTime"));
    long ctime = nanos(at.get("ctime"));
    return PyTuple.of(
        PyInt.of(((Number) at.get("mode")).longValue()),
        PyInt.of(((Number) at.get("ino")).longValue()),
        PyInt.of(((Number) at.get("dev")).longValue()),
        PyInt.of(((Number) at.get("nlink")).longValue()),
        PyInt.of(((Number) at.get("uid")).longValue()),
        PyInt.of(((Number) at.get("gid")).longValue()),
        PyInt.of(((Number) at.get("size")).longValue()),
        PyFloat.of(atime / 1e9),
        PyFloat.of(mtime / 1e9),
        PyFloat.of(ctime / 1e9),
        PyInt.of(atime),
        PyInt.of(mtime),
        PyInt.of(ctime));
  }

  private static long nanos(Object fileTime) {
    FileTime ft = (FileTime) fileTime;
    java.time.Instant i = ft.toInstant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  /** A path argument: str, bytes (as UTF-8) or an os.PathLike, with CPython's TypeError. */
  static String path(PyObject o, String fname, String arg) {
    if (o instanceof PyStr s) {
      if (s.value().indexOf('\0') >= 0) {
        throw PyException.valueError(fname + ": embedded null character in " + arg);
      }
      return s.value();
    }
    if (o instanceof PyBytes b) {
      return new String(b.value(), StandardCharsets.UTF_8);
    }
    if (o.type().lookup("__fspath__") != null) {
      PyObject r = io.gilvm.object.Ops.callAttr(ThreadState.current(), o, "__fspath__");
      if (r instanceof PyStr s) {
        return s.value();
      }
      if (r instanceof PyBytes b) {
        return new String(b.value(), StandardCharsets.UTF_8);
      }
    }
    throw PyException.typeError(
        fname
            + ": "
            + arg
            + " should be string, bytes or os.PathLike, not "
            + (o == PyNone.NONE ? "NoneType" : o.type().name()));
  }

  /** The same OSError with {@code dst} shown as its second file name ({@code 'a' -> 'b'}). */
  private static PyException withSecondName(PyException e, String dst) {
    if (e.value() instanceof OsErrors.WithFilename w) {
      return new PyException(w.withFilename2(dst));
    }
    return e;
  }
}
