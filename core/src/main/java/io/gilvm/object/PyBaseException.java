package io.gilvm.object;

import io.gilvm.eval.Frame;
import io.gilvm.mem.Refs;
import io.gilvm.state.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An exception instance: {@code args}, the traceback built as it leaves frames, and the {@code
 * __cause__}/{@code __context__} chain. Instances of user subclasses are these too.
 */
public class PyBaseException extends PyInstance {
  private PyTuple args = PyTuple.EMPTY;
  private final List<TracebackEntry> traceback = new ArrayList<>();

  /** {@code __cause__} and {@code __context__}: owned references, or null. */
  private PyBaseException cause;

  private PyBaseException context;
  boolean suppressContext;

  /** An exception group's sub-exceptions (owned), or null for any other exception. */
  PyTuple groupItems;

  /** One line of a traceback: where a frame was when the exception passed through it. */
  /**
   * One frame an exception left: its file, line and function, and the source span ({@link
   * PyCode#span}, -1 when unknown) of the instruction it was at, from which the carets come.
   */
  public record TracebackEntry(String filename, int line, String function, long span, Frame frame) {
    public TracebackEntry(String filename, int line, String function) {
      this(filename, line, function, -1, null);
    }

    /** Whether both name the same file, line and function, as CPython's repeat count asks. */
    public boolean sameLine(TracebackEntry o) {
      return o != null
          && line == o.line
          && filename.equals(o.filename)
          && function.equals(o.function);
    }
  }

  public PyBaseException(PyType type) {
    super(type);
  }

  /** A new exception of builtin type {@code t} with these args (increfed). */
  public static PyBaseException create(PyType t, PyObject... args) {
    PyBaseException e = new PyBaseException(t);
    e.setArgs(PyTuple.of(args));
    return e;
  }

  /** The constructor of every exception type: args are set before {@code __init__} runs. */
  static PyObject construct(ThreadState ts, PyType type, PyObject[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    PyObject[] pos = java.util.Arrays.copyOf(args, npos);
    PyBaseException e = newWithFields(ts, type, pos);
    PyObject init = type.lookup("__init__");
    if (init != null && !isBuiltinInit(init) && init != PyType.OBJECT_INIT) {
      try {
        PyType.initInstance(ts, type, e, args, kwnames);
      } catch (PyException raised) {
        Refs.discard(ts, e);
        throw raised;
      }
    } else if (kwnames != null) {
      Refs.discard(ts, e);
      throw PyException.typeError(type.name() + "() takes no keyword arguments");
    }
    return e;
  }

  /**
   * A new exception of {@code type} (or the OSError subclass its errno names) with these args and
   * the fields {@link #initFields} sets; freed again when they are refused.
   */
  static PyBaseException newWithFields(ThreadState ts, PyType type, PyObject[] pos) {
    PyBaseException e = new PyBaseException(osErrorSubtype(type, pos));
    e.setArgs(PyTuple.of(pos));
    try {
      initFields(e, pos);
    } catch (PyException refused) {
      Refs.discard(ts, e);
      throw refused;
    }
    return e;
  }

  /**
   * {@code OSError(errno, ...)} called as OSError itself makes the subclass its errno names ({@code
   * OSError(2, 'x')} is a FileNotFoundError), as CPython's constructor does.
   */
  static PyType osErrorSubtype(PyType type, PyObject[] pos) {
    if (type == ExceptionTypes.OS_ERROR
        && pos.length >= 2
        && pos.length <= 5
        && pos[0] instanceof PyInt errno
        && !errno.isBig()) {
      return io.gilvm.modules.OsErrors.typeFor((int) errno.longValue());
    }
    return type;
  }

  /**
   * The fields CPython's constructors set from the positional arguments beyond {@code args}: an
   * OSError's errno, strerror, filename and filename2 (given 2 to 5 arguments; with a filename,
   * args keeps only the first two), a UnicodeDecodeError's or UnicodeEncodeError's encoding,
   * object, start, end and reason (exactly 5 arguments, checked). Kept in the instance dict, so
   * that they can be changed as CPython's can.
   */
  static void initFields(PyBaseException e, PyObject[] pos) {
    PyType t = e.type();
    if (t.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
      PyDict d = e.dict();
      if (pos.length < 2 || pos.length > 5 || d == null) {
        return;
      }
      d.putStr("errno", pos[0]);
      d.putStr("strerror", pos[1]);
      d.putStr("filename", pos.length >= 3 ? pos[2] : PyNone.NONE);
      d.putStr("filename2", pos.length == 5 ? pos[4] : PyNone.NONE);
      if (pos.length >= 3 && pos[2] != PyNone.NONE) {
        e.setArgs(PyTuple.of(pos[0], pos[1]));
      }
      return;
    }
    boolean decode = t.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR);
    if (decode || t.isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) {
      if (pos.length != 5) {
        throw PyException.typeError(
            "function takes exactly 5 arguments (" + pos.length + " given)");
      }
      if (!(pos[0] instanceof PyStr)) {
        throw PyException.typeError("argument 1 must be str, not " + pos[0].type().name());
      }
      PyObject object = pos[1];
      if (decode) {
        if (!(object instanceof PyBytes)) {
          byte[] b = Buffers.bytes(object);
          if (b == null) {
            throw PyException.typeError(
                "a bytes-like object is required, not '" + object.type().name() + "'");
          }
          object = new PyBytes(b);
        }
      } else if (!(object instanceof PyStr)) {
        throw PyException.typeError("argument 2 must be str, not " + object.type().name());
      }
      ArgParser.asLong(pos[2], "start");
      ArgParser.asLong(pos[3], "end");
      if (!(pos[4] instanceof PyStr)) {
        throw PyException.typeError("argument 5 must be str, not " + pos[4].type().name());
      }
      PyDict d = e.dict();
      if (d == null) {
        return;
      }
      d.putStr("encoding", pos[0]);
      d.putStr("object", object);
      d.putStr("start", pos[2]);
      d.putStr("end", pos[3]);
      d.putStr("reason", pos[4]);
    }
  }

  /**
   * A UnicodeDecodeError raised by a codec: {@code 'utf-8' codec can't decode byte 0xff in position
   * 0: invalid start byte}, with its encoding, object, start, end and reason.
   */
  public static PyException unicodeDecodeError(
      String encoding, byte[] object, int start, int end, String reason) {
    PyObject[] pos = {
      new PyStr(encoding), new PyBytes(object), PyInt.of(start), PyInt.of(end), new PyStr(reason)
    };
    PyBaseException e = create(ExceptionTypes.UNICODE_DECODE_ERROR, pos);
    initFields(e, pos);
    return new PyException(e);
  }

  /**
   * A UnicodeEncodeError raised by a codec for the characters {@code [start, end)} of {@code
   * object} (code point positions).
   */
  public static PyException unicodeEncodeError(
      String encoding, String object, int start, int end, String reason) {
    PyObject[] pos = {
      new PyStr(encoding), new PyStr(object), PyInt.of(start), PyInt.of(end), new PyStr(reason)
    };
    PyBaseException e = create(ExceptionTypes.UNICODE_ENCODE_ERROR, pos);
    initFields(e, pos);
    return new PyException(e);
  }

  /** A field {@link #initFields} set (borrowed), or null. */
  private PyObject field(String name) {
    PyDict d = dict();
    return d == null ? null : d.getStr(name);
  }

  /** {@code BaseException.__init__(self, *args)}: sets args. */
  static final PyObject BASE_INIT;

  /** Every builtin exception type's own {@code __init__}, each BaseException's behaviour. */
  private static final Set<PyObject> BUILTIN_INITS =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * A builtin exception type's own {@code __init__} (CPython gives each its own, so that in a class
   * with several exception bases {@code super().__init__} stops at the first of them).
   */
  static synchronized PyObject ownInit(PyType owner) {
    PyObject init =
        new PyMethodDescriptor(
                owner,
                "__init__",
                (ts, self, a, kw) -> {
                  if (kw != null) {
                    throw PyException.typeError(
                        owner.name() + ".__init__() takes no keyword arguments");
                  }
                  PyBaseException e = exception(self, "__init__");
                  e.setArgs(PyTuple.of(a));
                  if (e.type().isSubtypeOf(ExceptionTypes.OS_ERROR)) {
                    // OSError.__init__ sets the fields too (a subclass's __init__ calls it).
                    initFields(e, a);
                  }
                  return PyNone.NONE;
                })
            .immortalize();
    BUILTIN_INITS.add(init);
    return init;
  }

  /** Whether {@code init} is a builtin exception type's {@code __init__}. */
  static synchronized boolean isBuiltinInit(PyObject init) {
    return BUILTIN_INITS.contains(init);
  }

  private static PyBaseException exception(PyObject self, String method) {
    if (self instanceof PyBaseException e) {
      return e;
    }
    throw PyException.typeError(
        "descriptor '"
            + method
            + "' requires a 'BaseException' object "
            + "but received a '"
            + self.type().name()
            + "'");
  }

  /** {@code BaseException.__str__} and {@code __repr__}, which {@code super()} reaches. */
  static final PyObject BASE_STR =
      new PyMethodDescriptor(
              ExceptionTypes.BASE_EXCEPTION,
              "__str__",
              (ts, self, a, kw) -> {
                ArgParser.arity("__str__", a, kw, 0, 0);
                return new PyStr(exception(self, "__str__").builtinStr());
              })
          .immortalize();

  static final PyObject BASE_REPR =
      new PyMethodDescriptor(
              ExceptionTypes.BASE_EXCEPTION,
              "__repr__",
              (ts, self, a, kw) -> {
                ArgParser.arity("__repr__", a, kw, 0, 0);
                return new PyStr(exception(self, "__repr__").builtinRepr());
              })
          .immortalize();

  static {
    BASE_INIT = ownInit(ExceptionTypes.BASE_EXCEPTION);
    ExceptionTypes.BASE_EXCEPTION.define("__init__", BASE_INIT);
    ExceptionTypes.BASE_EXCEPTION.define("__str__", BASE_STR);
    ExceptionTypes.BASE_EXCEPTION.define("__repr__", BASE_REPR);
    ExceptionTypes.BASE_EXCEPTION.method(
        "add_note",
        (ts, self, a, kw) -> {
          ArgParser.arity("add_note", a, kw, 1, 1);
          if (!(a[0] instanceof PyStr)) {
            throw PyException.typeError("note must be a str, not '" + a[0].type().name() + "'");
          }
          PyObject notes = self.lookupAttr("__notes__");
          if (notes == null) {
            PyList fresh = new PyList();
            self.setAttr("__notes__", fresh);
            notes = fresh;
          }
          if (!(notes instanceof PyList l)) {
            throw PyException.typeError("Cannot add note: __notes__ is not a list");
          }
          l.append(a[0]);
          return PyNone.NONE;
        });
    ExceptionTypes.BASE_EXCEPTION.method(
        "with_traceback",
        (ts, self, a, kw) -> {
          ArgParser.arity("with_traceback", a, kw, 1, 1);
          PyBaseException e = (PyBaseException) self;
          if (a[0] == PyNone.NONE) {
            e.traceback.clear();
          } else if (a[0] instanceof PyTraceback tb) {
            List<TracebackEntry> entries = new ArrayList<>(tb.entriesFrom());
            e.traceback.clear();
            e.traceback.addAll(entries);
          } else {
            throw PyException.typeError("__traceback__ must be a traceback or None");
          }
          return self;
        });
  }

  void setGroupItems(PyTuple items) {
    Refs.incref(items);
    groupItems = items;
  }

  public PyTuple args() {
    return args;
  }

  public void setArgs(PyTuple newArgs) {
    Refs.incref(newArgs);
    PyTuple old = args;
    args = newArgs;
    Refs.decref(old);
  }

  /** The traceback entries, innermost last (the order CPython prints them). */
  public List<TracebackEntry> traceback() {
    return traceback;
  }

  /** Records that the exception left (or was raised in) a frame at this line. */
  public void addTraceback(String filename, int line, String function) {
    addTraceback(filename, line, function, -1);
  }

  /** As {@link #addTraceback(String, int, String)}, with the instruction's source span. */
  public void addTraceback(String filename, int line, String function, long span) {
    traceback.add(0, new TracebackEntry(filename, line, function, span, null));
  }

  /** As {@link #addTraceback(String, int, String, long)}, for frame {@code f} (tb_frame). */
  public void addTraceback(Frame f, long span) {
    traceback.add(0, new TracebackEntry(f.code.filename, f.line(), f.code.name, span, f));
  }

  public PyBaseException cause() {
    return cause;
  }

  public PyBaseException context() {
    return context;
  }

  public boolean suppressContext() {
    return suppressContext;
  }

  /** {@code raise self from cause}: sets the cause and suppresses the context. */
  public void setCause(PyBaseException c) {
    cause = swap(cause, c);
    suppressContext = true;
  }

  /** Implicit chaining: the exception being handled when this one was raised. */
  public void setContext(PyBaseException c) {
    if (c != this && context == null) {
      context = swap(null, c);
    }
  }

  /** Takes a reference to {@code now} and drops the one to {@code old}; returns {@code now}. */
  private static PyBaseException swap(PyBaseException old, PyBaseException now) {
    if (now != null) {
      Refs.incref(now);
    }
    if (old != null) {
      Refs.decref(old);
    }
    return now;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    super.traverse(visit);
    visit.accept(args);
    if (groupItems != null) {
      visit.accept(groupItems);
    }
    if (cause != null) {
      visit.accept(cause);
    }
    if (context != null) {
      visit.accept(context);
    }
  }

  @Override
  public void release() {
    super.release();
    PyTuple a = args;
    args = PyTuple.EMPTY;
    Refs.decref(a);
    PyTuple g = groupItems;
    if (g != null) {
      groupItems = null;
      Refs.decref(g);
    }
    cause = swap(cause, null);
    context = swap(context, null);
  }

  @Override
  public PyObject lookupAttr(String name) {
    switch (name) {
      case "args":
        return args;
      case "__cause__":
        return cause == null ? PyNone.NONE : cause;
      case "__context__":
        return context == null ? PyNone.NONE : context;
      case "__suppress_context__":
        return PyBool.of(suppressContext);
      case "__traceback__":
        return PyTraceback.of(this);
      default:
        break;
    }
    PyObject v = super.lookupAttr(name);
    if (v != null) {
      return v;
    }
    PyType t = type();
    if (groupItems != null && (name.equals("message") || name.equals("exceptions"))) {
      return name.equals("exceptions") ? groupItems : args.size() > 0 ? args.get(0) : PyNone.NONE;
    }
    if (name.equals("value") && t.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
      return args.size() > 0 ? args.get(0) : PyNone.NONE;
    }
    if (name.equals("code") && t.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
      return args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
    }
    if (t.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)
        && (name.equals("name") || name.equals("path") || name.equals("msg"))) {
      return name.equals("msg") && args.size() == 1 ? args.get(0) : PyNone.NONE;
    }
    if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
      PyObject detail = syntaxDetail(name);
      if (detail != null) {
        return detail;
      }
    }
    if (t.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
      // Raised by a native with args (errno, strerror); one made from Python has them in its dict.
      if (name.equals("errno") || name.equals("strerror")) {
        return args.size() == 2 ? args.get(name.equals("errno") ? 0 : 1) : PyNone.NONE;
      }
      if (name.equals("filename") || name.equals("filename2")) {
        return PyNone.NONE;
      }
    }
    return null;
  }

  @Override
  public void setAttr(String name, PyObject value) {
    switch (name) {
      case "args":
        setArgs(PyTuple.of(Ops.toArray(value)));
        return;
      case "__cause__":
        cause = swap(cause, value == PyNone.NONE ? null : (PyBaseException) value);
        suppressContext = true;
        return;
      case "__context__":
        context = swap(context, value == PyNone.NONE ? null : (PyBaseException) value);
        return;
      case "__suppress_context__":
        suppressContext = value.isTrue();
        return;
      case "__traceback__":
        if (value == PyNone.NONE) {
          traceback.clear();
        } else if (value instanceof PyTraceback tb) {
          List<TracebackEntry> entries = new ArrayList<>(tb.entriesFrom());
          traceback.clear();
          traceback.addAll(entries);
        } else {
          throw PyException.typeError("__traceback__ must be a traceback or None");
        }
        return;
      default:
        super.setAttr(name, value);
    }
  }

  private static final java.util.List<String> SYNTAX_FIELDS =
      java.util.List.of("filename", "lineno", "offset", "text", "end_lineno", "end_offset");

  /**
   * A SyntaxError's {@code msg}, {@code filename}, {@code lineno}, ... : read from its args, {@code
   * (msg, (filename, lineno, offset, text, end_lineno, end_offset))}, as CPython sets them; None
   * when absent. Null for any other name.
   */
  private PyObject syntaxDetail(String name) {
    if (name.equals("msg")) {
      return args.size() > 0 ? args.get(0) : PyNone.NONE;
    }
    int i = SYNTAX_FIELDS.indexOf(name);
    if (i < 0) {
      return null;
    }
    if (args.size() == 2 && args.get(1) instanceof PyTuple d && i < d.size()) {
      return d.get(i);
    }
    return PyNone.NONE;
  }

  @Override
  public String str() {
    PyObject userStr = type().lookup("__str__");
    if (userStr != null && userStr != PyType.OBJECT.getOwn("__str__") && userStr != BASE_STR) {
      return super.str();
    }
    return builtinStr();
  }

  /** {@code BaseException.__str__}: what str() gives when no class overrides it. */
  String builtinStr() {
    if (type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && args.size() >= 1) {
      // "msg (file.py, line 3)", the file named without its directory.
      String msg = Ops.str(args.get(0));
      PyObject file = syntaxDetail("filename");
      PyObject line = syntaxDetail("lineno");
      if (file instanceof PyStr f) {
        String base = f.value().substring(f.value().lastIndexOf('/') + 1);
        return line instanceof PyInt
            ? msg + " (" + base + ", line " + Ops.str(line) + ")"
            : msg + " (" + base + ")";
      }
      return line instanceof PyInt ? msg + " (line " + Ops.str(line) + ")" : msg;
    }
    if (groupItems != null) {
      return ExceptionGroups.str(this);
    }
    if (type().isSubtypeOf(ExceptionTypes.KEY_ERROR) && args.size() == 1) {
      return Ops.repr(args.get(0));
    }
    if (type().isSubtypeOf(ExceptionTypes.OS_ERROR)) {
      PyObject errno = lookupAttr("errno");
      PyObject strerror = lookupAttr("strerror");
      PyObject filename = lookupAttr("filename");
      PyObject filename2 = lookupAttr("filename2");
      String head = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
      if (filename != null && filename != PyNone.NONE) {
        return filename2 != null && filename2 != PyNone.NONE
            ? head + ": " + Ops.repr(filename) + " -> " + Ops.repr(filename2)
            : head + ": " + Ops.repr(filename);
      }
      if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
        return head;
      }
    }
    String unicode = unicodeErrorStr();
    if (unicode != null) {
      return unicode;
    }
    if (type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)
        && args.size() == 2
        && args.get(1) instanceof PyTuple info
        && info.size() >= 2) {
      // "msg (file.py, line 3)", with the file's base name, as CPython's SyntaxError.__str__.
      String file = info.get(0) instanceof PyStr f ? f.value() : null;
      String msg = Ops.str(args.get(0));
      if (file != null && info.get(1) instanceof PyInt line) {
        return msg
            + " ("
            + file.substring(file.lastIndexOf('/') + 1)
            + ", line "
            + line.asLong()
            + ")";
      }
      if (file != null) {
        return msg + " (" + file.substring(file.lastIndexOf('/') + 1) + ")";
      }
      if (info.get(1) instanceof PyInt line) {
        return msg + " (line " + line.asLong() + ")";
      }
      return msg;
    }
    switch (args.size()) {
      case 0:
        return "";
      case 1:
        return Ops.str(args.get(0));
      default:
        return args.repr();
    }
  }

  /** A UnicodeDecodeError's or UnicodeEncodeError's message from its fields; null if unset. */
  private String unicodeErrorStr() {
    boolean decode = type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR);
    if (!decode && !type().isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) {
      return null;
    }
    PyObject encoding = field("encoding");
    PyObject object = field("object");
    PyObject start = field("start");
    PyObject end = field("end");
    PyObject reason = field("reason");
    if (encoding == null
        || object == null
        || !(start instanceof PyInt s)
        || !(end instanceof PyInt en)
        || reason == null) {
      return null;
    }
    long from = s.asLong();
    long to = en.asLong();
    String head = "'" + Ops.str(encoding) + "' codec can't " + (decode ? "decode " : "encode ");
    String tail = ": " + Ops.str(reason);
    if (decode) {
      if (to == from + 1 && object instanceof PyBytes b && from >= 0 && from < b.value().length) {
        return head
            + String.format("byte 0x%02x in position %d", b.value()[(int) from] & 0xff, from)
            + tail;
      }
      return head + "bytes in position " + from + "-" + (to - 1) + tail;
    }
    if (to == from + 1 && object instanceof PyStr str) {
      String v = str.value();
      int n = v.codePointCount(0, v.length());
      if (from >= 0 && from < n) {
        int c = v.codePointAt(v.offsetByCodePoints(0, (int) from));
        String esc =
            c <= 0xff
                ? String.format("\\x%02x", c)
                : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
        return head + "character '" + esc + "' in position " + from + tail;
      }
    }
    return head + "characters in position " + from + "-" + (to - 1) + tail;
  }

  @Override
  public String repr() {
    PyObject userRepr = type().lookup("__repr__");
    if (userRepr != null && userRepr != PyType.OBJECT.getOwn("__repr__") && userRepr != BASE_REPR) {
      return super.repr();
    }
    return builtinRepr();
  }

  /** {@code BaseException.__repr__}. */
  String builtinRepr() {
    String a = args.repr();
    if (args.size() == 1) {
      a = "(" + Ops.repr(args.get(0)) + ")";
    }
    return type().name() + a;
  }
}
