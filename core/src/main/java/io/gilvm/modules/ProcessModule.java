package io.gilvm.modules;

import io.gilvm.eval.Builtins;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Buffers;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code _gilvm_process}: child processes for {@code subprocess} and {@code multiprocessing} (both
 * written in Python), on the JVM's {@link ProcessBuilder}. Every wait, read and write releases the
 * interpreter lock.
 *
 * <p>A child whose standard output or error is "inherited" writes through this interpreter's own
 * {@code sys.stdout} and {@code sys.stderr} streams (a thread copies it), so its output goes where
 * the parent's goes, even when the parent is not the process's own output (a test running gilvm in
 * process). Waiting for such a child also waits until its output has been copied.
 *
 * <p>Children marked as owned (multiprocessing's workers) never outlive their parent: they are
 * killed when the parent's program ends ({@link Interpreter#addExitHook}) or its JVM shuts down,
 * and the child itself halts when its parent process goes away ({@code watch_parent}).
 */
final class ProcessModule {
  private ProcessModule() {}

  /** The owned children of every interpreter in this JVM, killed at the JVM's shutdown. */
  private static final Set<Process> OWNED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Process p : OWNED) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                  }
                },
                "gilvm-children"));
  }

  /**
   * One child process. Concurrency: the Java objects it holds are thread-safe (Process, the streams
   * used by one reader each); the capture buffers are guarded by this object's monitor.
   */
  static final class PyProcess extends PyObject {
    static final PyType TYPE = PyType.builtin("_process", PyType.OBJECT);
    final Process process;
    final List<Thread> pumps = new ArrayList<>();

    /** The signal this module sent (15 or 9), to report a death by it as CPython does: -15. */
    volatile int signalled;

    /** communicate()'s readers and writer, started once, and what they collected. */
    Thread[] communicators;

    final ByteArrayOutputStream outBuf = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
    volatile IOException inputFailure;

    PyProcess(Process process) {
      this.process = process;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public String repr() {
      return "<_process " + process.pid() + " at 0x" + Long.toHexString(Builtins.id(this)) + ">";
    }

    /** The return code as CPython reports it: negative for a death by a signal this sent. */
    int returnCode() {
      int v = process.exitValue();
      int s = signalled;
      if (s != 0 && v == 128 + s) {
        return -s;
      }
      return v;
    }

    void joinPumps() throws InterruptedException {
      for (Thread t : pumps) {
        t.join();
      }
    }
  }

  private static ProcessBuilder.Redirect inputRedirect(String mode) {
    switch (mode) {
      case "inherit":
        return ProcessBuilder.Redirect.INHERIT;
      case "pipe":
        return ProcessBuilder.Redirect.PIPE;
      case "devnull":
        return ProcessBuilder.Redirect.from(new File("/dev/null"));
      default:
        if (mode.startsWith("fd:")) {
          // Fed by a thread from the file (see feed), so the child reads from where it stands.
          return ProcessBuilder.Redirect.PIPE;
        }
        throw PyException.valueError("bad stdin mode " + mode);
    }
  }

  /** The descriptor number of a mode "fd:N", or -1 for any other mode. */
  private static int modeFd(String mode) {
    return mode.startsWith("fd:") ? Integer.parseInt(mode.substring(3)) : -1;
  }

  /**
   * The file open() or os.open() made that has descriptor {@code fd}, for a child's stdin, stdout
   * or stderr: a {@link PyFile} or a {@link RawDescriptor}. OSError EBADF for a number nothing has,
   * as CPython's child reports it.
   */
  private static Object redirectTarget(ThreadState ts, int fd, String which) {
    Object o = Descriptors.lookup(fd);
    if (o instanceof PyFile || o instanceof RawDescriptor) {
      return o;
    }
    if (o != null) {
      throw PyException.of(
          io.gilvm.object.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
          "subprocess: " + which + " can be a file, but not a socket, in gilvm");
    }
    return OsErrors.run(
        ts,
        () -> {
          throw new OsErrors.Errno(9);
        });
  }

  /** Copies a child's output into a file at the file's descriptor position, as bytes. */
  private static Thread pumpToFile(InputStream in, Object target, String name) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                  if (target instanceof PyFile f) {
                    if (!f.writeFromChild(buf, n)) {
                      return;
                    }
                  } else {
                    RawDescriptor d = (RawDescriptor) target;
                    synchronized (d) {
                      if (d.append) {
                        d.file.seek(d.file.length());
                      }
                      d.file.write(buf, 0, n);
                    }
                  }
                }
              } catch (IOException e) {
                // The child went away, or the file was closed or cannot be written: as a child
                // writing
                // to such a descriptor, the output is lost.
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Feeds a child's stdin from a file, from where the file's descriptor stands, to its end. */
  private static Thread feed(OutputStream out, Object source, String name) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (out) {
                while (true) {
                  int n;
                  if (source instanceof PyFile f) {
                    n = f.readForChild(buf);
                  } else {
                    RawDescriptor d = (RawDescriptor) source;
                    synchronized (d) {
                      n = d.file.read(buf);
                    }
                  }
                  if (n < 0) {
                    return;
                  }
                  out.write(buf, 0, n);
                }
              } catch (IOException e) {
                // The child stopped reading (it exited, or closed its stdin): nothing more to send.
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The output redirect; "inherit" becomes a pipe copied by a pump thread. */
  private static ProcessBuilder.Redirect outputRedirect(String mode, String which) {
    switch (mode) {
      case "inherit":
      case "pipe":
        return ProcessBuilder.Redirect.PIPE;
      case "devnull":
        return ProcessBuilder.Redirect.DISCARD;
      case "stdout":
        if (which.equals("stderr")) {
          return ProcessBuilder.Redirect.PIPE;
        }
        throw PyException.valueError("bad " + which + " mode " + mode);
      default:
        if (mode.startsWith("fd:")) {
          // Copied by a thread into the file or stream (see pumpToFile).
          return ProcessBuilder.Redirect.PIPE;
        }
        throw PyException.valueError("bad " + which + " mode " + mode);
    }
  }

  /** Copies a child's output into one of this interpreter's streams, as text. */
  private static Thread pump(
      InputStream in, java.util.function.Consumer<String> sink, Runnable flush, String name) {
    Thread t =
        new Thread(
            () -> {
              try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                char[] buf = new char[8192];
                int n;
                while ((n = r.read(buf)) > 0) {
                  sink.accept(new String(buf, 0, n));
                  flush.run();
                }
              } catch (IOException | RuntimeException e) {
                // The child or the parent's stream went away: nothing more to copy.
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static Thread drain(
      InputStream in, ByteArrayOutputStream into, PyProcess owner, String name) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try {
                int n;
                while ((n = in.read(buf)) > 0) {
                  synchronized (owner) {
                    into.write(buf, 0, n);
                  }
                }
              } catch (IOException e) {
                // Closed: what was read is kept.
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static PyProcess proc(PyObject o) {
    if (!(o instanceof PyProcess p)) {
      throw PyException.typeError("expected a _process, got " + o.type().name());
    }
    return p;
  }

  private static InputStream output(PyProcess p, PyObject which) {
    int w = ArgParser.asInt(which);
    InputStream in = w == 2 ? p.process.getErrorStream() : p.process.getInputStream();
    return in;
  }

  /** A timeout in seconds (None: forever) as nanoseconds, or -1 for forever. */
  private static long timeoutNanos(PyObject o) {
    if (o == null || o == PyNone.NONE) {
      return -1;
    }
    double s = ArgParser.asDouble(o);
    return s <= 0 ? 0 : (long) (s * 1e9);
  }

  static PyModule create(ThreadState ts0, Interpreter interp) {
    PyModule m = new PyModule("_gilvm_process");
    Set<Process> mine = ConcurrentHashMap.newKeySet();
    interp.addExitHook(
        () -> {
          for (Process p : mine) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            OWNED.remove(p);
          }
          for (Process p : mine) {
            try {
              p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          mine.clear();
        });
    m.function(
        "spawn",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "spawn",
                  a,
                  kw,
                  new String[] {"args", "cwd", "env", "stdin", "stdout", "stderr", "owned"},
                  7,
                  7);
          List<String> args = new ArrayList<>();
          for (PyObject o : ((PyList) p[0]).toArray()) {
            args.add(ArgParser.asStr(o, "spawn"));
          }
          ProcessBuilder pb = new ProcessBuilder(args);
          String cwd = p[1] == PyNone.NONE ? null : ArgParser.asStr(p[1], "spawn");
          pb.directory(PosixModule.resolve(cwd == null ? "." : cwd).toFile());
          if (p[2] != PyNone.NONE) {
            Map<String, String> env = pb.environment();
            env.clear();
            PyDict d = (PyDict) p[2];
            PyObject[] kv = d.itemArray();
            for (int i = 0; i < kv.length; i += 2) {
              env.put(ArgParser.asStr(kv[i], "spawn"), ArgParser.asStr(kv[i + 1], "spawn"));
            }
          }
          String in = ArgParser.asStr(p[3], "spawn");
          String out = ArgParser.asStr(p[4], "spawn");
          String err = ArgParser.asStr(p[5], "spawn");
          // A descriptor other than the standard streams is a file: found before the child starts.
          int inFd = modeFd(in);
          int outFd = modeFd(out);
          int errFd = modeFd(err);
          if (inFd == 1 || inFd == 2) {
            throw PyException.of(
                io.gilvm.object.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "subprocess: stdin can't be the standard output or error in gilvm");
          }
          Object inTarget = inFd > 2 ? redirectTarget(ts, inFd, "stdin") : null;
          Object outTarget = outFd > 2 ? redirectTarget(ts, outFd, "stdout") : null;
          Object errTarget = errFd > 2 ? redirectTarget(ts, errFd, "stderr") : null;
          if (inFd == 0) {
            in = "inherit";
          }
          pb.redirectInput(inputRedirect(in));
          pb.redirectOutput(outputRedirect(out, "stdout"));
          if (err.equals("stdout")) {
            pb.redirectErrorStream(true);
          } else {
            pb.redirectError(outputRedirect(err, "stderr"));
          }
          boolean owned = p[6] != PyNone.NONE && p[6] != PyBool.FALSE;
          Process proc;
          try {
            proc =
                OsErrors.run(
                    ts,
                    args.get(0),
                    () -> {
                      try {
                        return pb.start();
                      } catch (IOException e) {
                        // "Cannot run program "x" (in directory "d"): error=2, No such file or
                        // directory"
                        String msg = e.getMessage();
                        int at = msg == null ? -1 : msg.indexOf("error=");
                        if (at >= 0) {
                          int end = msg.indexOf(',', at);
                          try {
                            int errno =
                                Integer.parseInt(
                                    msg.substring(at + 6, end < 0 ? msg.length() : end).trim());
                            throw new OsErrors.Errno(errno);
                          } catch (NumberFormatException nfe) {
                            // No errno in the message: reported as it is.
                          }
                        }
                        throw e;
                      }
                    });
          } catch (PyException e) {
            throw e;
          }
          PyProcess pp = new PyProcess(proc);
          if (owned) {
            mine.add(proc);
            OWNED.add(proc);
            proc.onExit()
                .thenRun(
                    () -> {
                      mine.remove(proc);
                      OWNED.remove(proc);
                    });
          }
          // Output the parent did not ask to read goes to its stdout (1), its stderr (2) or a file.
          int toOut = out.equals("inherit") ? 1 : outFd;
          int toErr = err.equals("inherit") ? 2 : errFd;
          InputStream[] streams = {proc.getInputStream(), proc.getErrorStream()};
          int[] dests = {toOut, toErr};
          Object[] targets = {outTarget, errTarget};
          String[] names = {"stdout", "stderr"};
          for (int k = 0; k < 2; k++) {
            String name = "gilvm-child-" + names[k] + "-" + proc.pid();
            if (dests[k] == 1) {
              pp.pumps.add(
                  pump(
                      streams[k],
                      s -> interp.stdout().write(s),
                      () -> interp.stdout().flush(),
                      name));
            } else if (dests[k] == 2) {
              PrintStream e = interp.err();
              pp.pumps.add(pump(streams[k], s -> e.print(s), e::flush, name));
            } else if (targets[k] != null) {
              pp.pumps.add(pumpToFile(streams[k], targets[k], name));
            }
          }
          if (inTarget != null) {
            pp.pumps.add(feed(proc.getOutputStream(), inTarget, "gilvm-child-stdin-" + proc.pid()));
          }
          return pp;
        });
    m.function(
        "pid",
        (ts, a, kw) -> {
          ArgParser.arity("pid", a, kw, 1, 1);
          return PyInt.of(proc(a[0]).process.pid());
        });
    m.function(
        "poll",
        (ts, a, kw) -> {
          ArgParser.arity("poll", a, kw, 1, 1);
          PyProcess p = proc(a[0]);
          if (p.process.isAlive()) {
            return PyNone.NONE;
          }
          ts.blocking(
              () -> {
                p.joinPumps();
                return null;
              });
          return PyInt.of(p.returnCode());
        });
    m.function(
        "wait",
        (ts, a, kw) -> {
          ArgParser.arity("wait", a, kw, 1, 2);
          PyProcess p = proc(a[0]);
          long nanos = timeoutNanos(a.length > 1 ? a[1] : null);
          boolean done =
              ts.blocking(
                  () -> {
                    if (nanos < 0) {
                      p.process.waitFor();
                    } else if (!p.process.waitFor(nanos, TimeUnit.NANOSECONDS)) {
                      return false;
                    }
                    p.joinPumps();
                    return true;
                  });
          return done ? PyInt.of(p.returnCode()) : PyNone.NONE;
        });
    m.function(
        "write",
        (ts, a, kw) -> {
          ArgParser.arity("write", a, kw, 2, 2);
          PyProcess p = proc(a[0]);
          byte[] data = Buffers.bytes(a[1]);
          if (data == null) {
            throw PyException.typeError(
                "a bytes-like object is required, not '" + a[1].type().name() + "'");
          }
          OutputStream os = p.process.getOutputStream();
          OsErrors.run(
              ts,
              () -> {
                try {
                  os.write(data);
                  os.flush();
                } catch (IOException e) {
                  throw new OsErrors.Errno(32);
                }
                return null;
              });
          return PyInt.of(data.length);
        });
    m.function(
        "close_stdin",
        (ts, a, kw) -> {
          ArgParser.arity("close_stdin", a, kw, 1, 1);
          PyProcess p = proc(a[0]);
          OsErrors.run(
              ts,
              () -> {
                try {
                  p.process.getOutputStream().close();
                } catch (IOException e) {
                  // Already closed, or the child went away: nothing left to close.
                }
                return null;
              });
          return PyNone.NONE;
        });
    m.function(
        "read",
        (ts, a, kw) -> {
          ArgParser.arity("read", a, kw, 3, 3);
          PyProcess p = proc(a[0]);
          InputStream in = output(p, a[1]);
          long n = ArgParser.asLong(a[2], "read");
          byte[] got =
              OsErrors.run(
                  ts,
                  () -> {
                    if (n < 0) {
                      return in.readAllBytes();
                    }
                    byte[] buf = new byte[(int) Math.min(n, 1 << 20)];
                    int k = in.read(buf);
                    if (k <= 0) {
                      return new byte[0];
                    }
                    return java.util.Arrays.copyOf(buf, k);
                  });
          return new PyBytes(got);
        });
    m.function(
        "readline",
        (ts, a, kw) -> {
          ArgParser.arity("readline", a, kw, 2, 2);
          PyProcess p = proc(a[0]);
          InputStream in = output(p, a[1]);
          byte[] got =
              OsErrors.run(
                  ts,
                  () -> {
                    ByteArrayOutputStream bo = new ByteArrayOutputStream();
                    int c;
                    while ((c = in.read()) >= 0) {
                      bo.write(c);
                      if (c == '\n') {
                        break;
                      }
                    }
                    return bo.toByteArray();
                  });
          return new PyBytes(got);
        });
    m.function(
        "communicate",
        (ts, a, kw) -> {
          ArgParser.arity("communicate", a, kw, 5, 5);
          PyProcess p = proc(a[0]);
          byte[] input = a[1] == PyNone.NONE ? null : Buffers.bytes(a[1]);
          boolean pipedIn = a[2] != PyBool.FALSE;
          boolean pipedOut = a[3] != PyBool.FALSE;
          boolean pipedErr = a[4] != PyBool.FALSE;
          synchronized (p) {
            if (p.communicators == null) {
              List<Thread> ts2 = new ArrayList<>();
              if (pipedOut) {
                ts2.add(drain(p.process.getInputStream(), p.outBuf, p, "gilvm-communicate-out"));
              }
              if (pipedErr) {
                ts2.add(drain(p.process.getErrorStream(), p.errBuf, p, "gilvm-communicate-err"));
              }
              if (pipedIn) {
                Thread w =
                    new Thread(
                        () -> {
                          OutputStream os = p.process.getOutputStream();
                          try {
                            if (input != null) {
                              os.write(input);
                            }
                          } catch (IOException e) {
                            // The child closed its input (CPython ignores the broken pipe too).
                          } finally {
                            try {
                              os.close();
                            } catch (IOException e) {
                              // Already gone.
                            }
                          }
                        },
                        "gilvm-communicate-in");
                w.setDaemon(true);
                w.start();
                ts2.add(w);
              }
              p.communicators = ts2.toArray(new Thread[0]);
            }
          }
          return PyNone.NONE;
        });
    m.function(
        "communicate_wait",
        (ts, a, kw) -> {
          ArgParser.arity("communicate_wait", a, kw, 2, 2);
          PyProcess p = proc(a[0]);
          long nanos = timeoutNanos(a[1]);
          Thread[] threads;
          synchronized (p) {
            threads = p.communicators == null ? new Thread[0] : p.communicators;
          }
          boolean done =
              ts.blocking(
                  () -> {
                    long deadline = System.nanoTime() + nanos;
                    for (Thread t : threads) {
                      if (nanos < 0) {
                        t.join();
                      } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                          return !t.isAlive();
                        }
                        TimeUnit.NANOSECONDS.timedJoin(t, left);
                        if (t.isAlive()) {
                          return false;
                        }
                      }
                    }
                    if (nanos < 0) {
                      p.process.waitFor();
                    } else {
                      long left = deadline - System.nanoTime();
                      if (!p.process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                        return false;
                      }
                    }
                    p.joinPumps();
                    return true;
                  });
          if (!done) {
            return PyNone.NONE;
          }
          byte[] out;
          byte[] err;
          synchronized (p) {
            out = p.outBuf.toByteArray();
            err = p.errBuf.toByteArray();
          }
          return PyTuple.of(new PyBytes(out), new PyBytes(err));
        });
    m.function(
        "partial_output",
        (ts, a, kw) -> {
          ArgParser.arity("partial_output", a, kw, 1, 1);
          PyProcess p = proc(a[0]);
          byte[] out;
          byte[] err;
          synchronized (p) {
            out = p.outBuf.toByteArray();
            err = p.errBuf.toByteArray();
          }
          return PyTuple.of(new PyBytes(out), new PyBytes(err));
        });
    m.function(
        "signal",
        (ts, a, kw) -> {
          ArgParser.arity("signal", a, kw, 2, 2);
          PyProcess p = proc(a[0]);
          int sig = ArgParser.asInt(a[1]);
          if (!p.process.isAlive()) {
            return PyNone.NONE;
          }
          if (p.signalled == 0) {
            p.signalled = sig;
          }
          if (sig == 9) {
            p.process.destroyForcibly();
          } else if (sig == 15) {
            p.process.destroy();
          } else {
            throw PyException.valueError("gilvm can only send SIGTERM and SIGKILL to a child");
          }
          return PyNone.NONE;
        });
    m.function(
        "alive",
        (ts, a, kw) -> {
          ArgParser.arity("alive", a, kw, 1, 1);
          return PyBool.of(proc(a[0]).process.isAlive());
        });
    m.function(
        "child_command",
        (ts, a, kw) -> {
          ArgParser.arity("child_command", a, kw, 0, 0);
          List<String> cmd = ts.interp.childCommand();
          if (cmd == null) {
            throw PyException.of(
                io.gilvm.object.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                "this embedding of gilvm gave no command to start a child interpreter");
          }
          PyList l = new PyList();
          for (String s : cmd) {
            l.append(new PyStr(s));
          }
          return l;
        });
    m.function(
        "watch_parent",
        (ts, a, kw) -> {
          ArgParser.arity("watch_parent", a, kw, 0, 0);
          ProcessHandle.current()
              .parent()
              .ifPresent(ph -> ph.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
          return PyNone.NONE;
        });
    return m;
  }
}
