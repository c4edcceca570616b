package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyFrameObject;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.spi.InterpreterLock;
import io.gilvm.state.Interpreter;
import io.gilvm.state.Modules;
import io.gilvm.state.ThreadState;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code sys}: the program's arguments and exit, reference counts, the interpreter lock's settings
 * (switch interval, and the legacy check interval CPython 3.9 removed), the recursion limit,
 * version information, and the standard streams.
 */
final class SysModule {
  private SysModule() {}

  /** CPython's version numbers, which programs compare against: gilvm implements 3.11. */
  static final int MAJOR = 3;

  static final int MINOR = 11;
  static final int MICRO = 0;

  /** {@code sys.hexversion} for 3.11.0 final. */
  static final int HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0;

  /** What {@code sys.getrefcount} shows for immortal objects, as CPython 3.12+ does (PEP 683). */
  static final long IMMORTAL_REFCNT = 0xFFFFFFFFL;

  private static final PyType VERSION_INFO = StructSeq.type("version_info");
  private static final PyType FLOAT_INFO = StructSeq.type("float_info");
  private static final PyType HASH_INFO = StructSeq.type("hash_info");

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("sys");
    PyList argv = new PyList();
    for (String a : interp.argv()) {
      argv.append(new PyStr(a));
    }
    m.put("argv", argv);
    PyList path = new PyList();
    for (String p : interp.initialSysPath()) {
      path.append(new PyStr(p));
    }
    m.put("path", path);
    m.put("executable", PyStr.EMPTY);
    m.put("modules", interp.modules());
    StructSeq versionInfo = versionInfo();
    m.put("version_info", versionInfo);
    m.put("version", new PyStr(version(interp)));
    m.put("hexversion", PyInt.of(HEXVERSION));
    m.put(
        "implementation",
        new Namespace()
            .put("name", new PyStr("gilvm"))
            .put("cache_tag", PyNone.NONE)
            .put("version", versionInfo)
            .put("hexversion", PyInt.of(HEXVERSION)));
    m.put("platform", new PyStr(platform()));
    boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    m.put("byteorder", new PyStr(little ? "little" : "big"));
    m.put("maxsize", PyInt.of(Long.MAX_VALUE));
    m.put("maxunicode", PyInt.of(Character.MAX_CODE_POINT));
    m.put("float_info", floatInfo());
    m.put("hash_info", hashInfo());
    m.put("builtin_module_names", builtinModuleNames());
    TextStream out =
        new TextStream(
            "<stdout>", s -> interp.stdout().write(s), () -> interp.stdout().flushOrRaise());
    TextStream err =
        new TextStream(
            "<stderr>",
            s -> {
              interp.err().print(s);
              interp.err().flush();
            },
            () -> interp.err().flush());
    StdinStream in = new StdinStream(interp.stdin);
    m.put("stdin", in);
    m.put("__stdin__", in);
    m.put("stdout", out);
    m.put("stderr", err);
    m.put("__stdout__", out);
    m.put("__stderr__", err);

    m.function(
        "exit",
        (t, a, kw) -> {
          ArgParser.arity("exit", a, kw, 0, 1);
          PyBaseException e =
              a.length == 0
                  ? PyBaseException.create(ExceptionTypes.SYSTEM_EXIT)
                  : PyBaseException.create(ExceptionTypes.SYSTEM_EXIT, a[0]);
          throw new PyException(e);
        });
    m.function(
        "get_int_max_str_digits",
        (t, a, kw) -> {
          ArgParser.arity("get_int_max_str_digits", a, kw, 0, 0);
          return PyInt.of(interp.intMaxStrDigits);
        });
    m.function(
        "set_int_max_str_digits",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("set_int_max_str_digits", a, kw, new String[] {"maxdigits"}, 1, 1);
          if (!(p[0] instanceof PyInt n)) {
            throw PyException.typeError(
                "'" + p[0].type().name() + "' object cannot be interpreted as an integer");
          }
          long v = n.isBig() ? -1 : n.longValue();
          if (v < 0
              || v > Integer.MAX_VALUE
              || (v > 0 && v < io.gilvm.lang.IntDigitsLimit.THRESHOLD)) {
            throw PyException.valueError(
                "maxdigits must be 0 or larger than " + io.gilvm.lang.IntDigitsLimit.THRESHOLD);
          }
          interp.intMaxStrDigits = (int) v;
          return PyNone.NONE;
        });
    m.function(
        "getrefcount",
        (t, a, kw) -> {
          ArgParser.arity("getrefcount", a, kw, 1, 1);
          // The argument is still on the caller's stack, so the count already includes that
          // reference.
          // References this thread holds only to keep values it read under object locks alive are
          // the runtime's, not the program's: they are not shown.
          return PyInt.of(
              a[0].isImmortal() ? IMMORTAL_REFCNT : t.refs.count(a[0]) - t.keptReferences(a[0]));
        });
    m.function(
        "getswitchinterval",
        (t, a, kw) -> {
          ArgParser.arity("getswitchinterval", a, kw, 0, 0);
          return PyFloat.of(1e-6 * (interp.lock().switchIntervalNanos() / 1000));
        });
    m.function(
        "setswitchinterval",
        (t, a, kw) -> {
          ArgParser.arity("setswitchinterval", a, kw, 1, 1);
          setSwitchInterval(interp.lock(), ArgParser.asDouble(a[0]));
          return PyNone.NONE;
        });
    m.function(
        "getcheckinterval",
        (t, a, kw) -> {
          ArgParser.arity("getcheckinterval", a, kw, 0, 0);
          return PyInt.of(interp.lock().checkInterval());
        });
    m.function(
        "setcheckinterval",
        (t, a, kw) -> {
          ArgParser.arity("setcheckinterval", a, kw, 1, 1);
          // CPython 2 takes an interval below one as "check at every tick", which 1 means here.
          interp.lock().setCheckInterval(Math.max(1, ArgParser.asInt(a[0])));
          return PyNone.NONE;
        });
    m.function(
        "getrecursionlimit",
        (t, a, kw) -> {
          ArgParser.arity("getrecursionlimit", a, kw, 0, 0);
          return PyInt.of(interp.recursionLimit());
        });
    m.function(
        "setrecursionlimit",
        (t, a, kw) -> {
          ArgParser.arity("setrecursionlimit", a, kw, 1, 1);
          interp.setRecursionLimit(ArgParser.asInt(a[0]));
          return PyNone.NONE;
        });
    m.function(
        "_is_gil_enabled",
        (t, a, kw) -> {
          ArgParser.arity("_is_gil_enabled", a, kw, 0, 0);
          return PyBool.of(interp.lockStrategy().isGlobal());
        });
    m.function(
        "_getframe",
        (t, a, kw) -> {
          ArgParser.arity("_getframe", a, kw, 0, 1);
          return PyFrameObject.getframe(t, a.length == 0 ? 0 : ArgParser.asInt(a[0]));
        });
    m.function(
        "exc_info",
        (t, a, kw) -> {
          ArgParser.arity("exc_info", a, kw, 0, 0);
          PyBaseException e = t.handledException();
          return e == null
              ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
              : PyTuple.of(e.type(), e, e.lookupAttr("__traceback__"));
        });
    m.function(
        "exception",
        (t, a, kw) -> {
          ArgParser.arity("exception", a, kw, 0, 0);
          PyBaseException e = t.handledException();
          return e == null ? PyNone.NONE : e;
        });
    m.function(
        "getdefaultencoding",
        (t, a, kw) -> {
          ArgParser.arity("getdefaultencoding", a, kw, 0, 0);
          return new PyStr("utf-8");
        });
    m.function(
        "getfilesystemencoding",
        (t, a, kw) -> {
          ArgParser.arity("getfilesystemencoding", a, kw, 0, 0);
          return new PyStr("utf-8");
        });
    m.function(
        "intern",
        (t, a, kw) -> {
          ArgParser.arity("intern", a, kw, 1, 1);
          if (a[0].type() != PyType.STR) {
            throw PyException.typeError("intern() argument must be str, not " + a[0].type().name());
          }
          return a[0];
        });
    return m;
  }

  /**
   * {@code sys.setswitchinterval}: CPython keeps whole microseconds (truncating), so a value read
   * back is {@code 1e-6 * micros}; the lock takes nanoseconds.
   */
  static void setSwitchInterval(InterpreterLock lock, double seconds) {
    if (!(seconds > 0.0)) {
      throw PyException.valueError("switch interval must be strictly positive");
    }
    double micros = 1e6 * seconds;
    if (micros >= Long.MAX_VALUE / 1000) {
      throw PyException.overflowError("switch interval is too large");
    }
    lock.setSwitchIntervalNanos(Math.max(1L, (long) micros * 1000));
  }

  static StructSeq versionInfo() {
    return new StructSeq(
        VERSION_INFO,
        "sys.version_info",
        new String[] {"major", "minor", "micro", "releaselevel", "serial"},
        PyInt.of(MAJOR),
        PyInt.of(MINOR),
        PyInt.of(MICRO),
        new PyStr("final"),
        PyInt.of(0));
  }

  /** {@code sys.version}: CPython's layout, naming gilvm, the lock and the Java runtime. */
  static String version(Interpreter interp) {
    String lock = interp.lockStrategy() == null ? "no lock" : interp.lockStrategy().name();
    return MAJOR
        + "."
        + MINOR
        + "."
        + MICRO
        + " (gilvm 0.1, "
        + lock
        + ") [Java "
        + Runtime.version().feature()
        + "]";
  }

  /** CPython's names for the host: programs test {@code sys.platform.startswith("win")}. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return "win32";
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return "darwin";
    }
    if (os.startsWith("linux")) {
      return "linux";
    }
    return os.replace(" ", "");
  }

  private static StructSeq floatInfo() {
    return new StructSeq(
        FLOAT_INFO,
        "sys.float_info",
        new String[] {
          "max",
          "max_exp",
          "max_10_exp",
          "min",
          "min_exp",
          "min_10_exp",
          "dig",
          "mant_dig",
          "epsilon",
          "radix",
          "rounds"
        },
        PyFloat.of(Double.MAX_VALUE),
        PyInt.of(Double.MAX_EXPONENT + 1),
        PyInt.of(308),
        PyFloat.of(Double.MIN_NORMAL),
        PyInt.of(Double.MIN_EXPONENT + 1),
        PyInt.of(-307),
        PyInt.of(15),
        PyInt.of(53),
        PyFloat.of(Math.ulp(1.0)),
        PyInt.of(2),
        PyInt.of(1));
  }

  /**
   * {@code sys.hash_info}: numbers hash as CPython's do (modulus 2**61 - 1); str and bytes hash
   * with Java's unseeded 32-bit string hash, which is what algorithm, hash_bits and seed_bits say.
   */
  private static StructSeq hashInfo() {
    return new StructSeq(
        HASH_INFO,
        "sys.hash_info",
        new String[] {
          "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"
        },
        PyInt.of(64),
        PyInt.of((1L << 61) - 1),
        PyInt.of(314159),
        PyInt.of(0),
        PyInt.of(1000003),
        new PyStr("java-hashcode"),
        PyInt.of(32),
        PyInt.of(0),
        PyInt.of(0));
  }

  private static PyTuple builtinModuleNames() {
    TreeSet<String> names = new TreeSet<>(Modules.names());
    names.add("builtins");
    PyObject[] items = new PyObject[names.size()];
    int i = 0;
    for (String n : names) {
      items[i++] = new PyStr(n);
    }
    return PyTuple.of(items);
  }
}
