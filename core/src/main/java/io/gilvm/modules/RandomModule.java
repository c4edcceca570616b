package io.gilvm.modules;

import io.gilvm.eval.Builtins;
import io.gilvm.mem.Refs;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code random}: CPython's {@code random.Random} over {@link MersenneTwister}, drawing values in
 * the same order and with the same algorithms as CPython 3.11's random.py, so a program seeded with
 * an int, float, str or bytes sees CPython's exact numbers. The module's functions are methods of
 * one hidden instance, as in CPython.
 */
final class RandomModule {
  private RandomModule() {}

  /** A {@code random.Random} instance. */
  static final class PyRandom extends PyObject {
    final MersenneTwister mt = new MersenneTwister();

    /** The second value of the last Box-Muller pair, or NaN when none is pending. */
    double gaussNext = Double.NaN;

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public String repr() {
      return "<random.Random object at 0x" + Long.toHexString(Builtins.id(this)) + ">";
    }
  }

  static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT);

  private static final String[] FUNCTIONS = {
    "seed",
    "random",
    "getrandbits",
    "randrange",
    "randint",
    "choice",
    "choices",
    "shuffle",
    "sample",
    "uniform",
    "triangular",
    "gauss",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "paretovariate",
    "weibullvariate",
    "randbytes",
    "getstate",
    "setstate"
  };

  static {
    TYPE.setConstructor(
        (ts, type, a, kw) -> {
          ArgParser.arity("Random", a, kw, 0, 1);
          PyRandom r = new PyRandom();
          seed(r, a.length == 0 ? PyNone.NONE : a[0]);
          return r;
        });
    TYPE.method(
        "seed",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("seed", a, kw, new String[] {"a", "version"}, 0, 2);
          seed((PyRandom) self, p[0] == null ? PyNone.NONE : p[0]);
          return PyNone.NONE;
        });
    TYPE.method(
        "random",
        (ts, self, a, kw) -> {
          ArgParser.arity("random", a, kw, 0, 0);
          return PyFloat.of(gen(self).nextDouble());
        });
    TYPE.method(
        "getrandbits",
        (ts, self, a, kw) -> {
          ArgParser.arity("getrandbits", a, kw, 1, 1);
          int k = ArgParser.asInt(a[0]);
          if (k < 0) {
            throw PyException.valueError("number of bits must be non-negative");
          }
          return PyInt.of(gen(self).bigBits(k));
        });
    TYPE.method(
        "randrange",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("randrange", a, kw, new String[] {"start", "stop", "step"}, 1, 3);
          return PyInt.of(randrange(gen(self), p[0], p[1], p[2]));
        });
    TYPE.method(
        "randint",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("randint", a, kw, new String[] {"a", "b"}, 2, 2);
          BigInteger hi = integer(p[1], "stop").add(BigInteger.ONE);
          return PyInt.of(randrange(gen(self), p[0], PyInt.of(hi), null));
        });
    TYPE.method(
        "choice",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("choice", a, kw, new String[] {"seq"}, 1, 1);
          int n = p[0].len();
          if (n == 0) {
            throw PyException.indexError("Cannot choose from an empty sequence");
          }
          return p[0].getItem(PyInt.of(gen(self).below(n)));
        });
    TYPE.method(
        "choices",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse(
                  "choices",
                  a,
                  kw,
                  new String[] {"population", "weights", "cum_weights", "k"},
                  1,
                  2);
          int k = p[3] == null ? 1 : ArgParser.asInt(p[3]);
          return choices(gen(self), p[0], none(p[1]), none(p[2]), k);
        });
    TYPE.method(
        "shuffle",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("shuffle", a, kw, new String[] {"x"}, 1, 1);
          shuffle(ts, gen(self), p[0]);
          return PyNone.NONE;
        });
    TYPE.method(
        "sample",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("sample", a, kw, new String[] {"population", "k", "counts"}, 2, 2);
          return sample(gen(self), p[0], ArgParser.asInt(p[1]), none(p[2]));
        });
    TYPE.method(
        "uniform",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("uniform", a, kw, new String[] {"a", "b"}, 2, 2);
          double lo = MathModule.toDouble(ts, p[0]);
          double hi = MathModule.toDouble(ts, p[1]);
          return PyFloat.of(lo + (hi - lo) * gen(self).nextDouble());
        });
    TYPE.method(
        "triangular",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("triangular", a, kw, new String[] {"low", "high", "mode"}, 0, 3);
          double low = p[0] == null ? 0.0 : MathModule.toDouble(ts, p[0]);
          double high = p[1] == null ? 1.0 : MathModule.toDouble(ts, p[1]);
          double u = gen(self).nextDouble();
          if (high == low) {
            return PyFloat.of(low);
          }
          double c =
              none(p[2]) == null ? 0.5 : (MathModule.toDouble(ts, p[2]) - low) / (high - low);
          if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double swap = low;
            low = high;
            high = swap;
          }
          return PyFloat.of(low + (high - low) * Math.sqrt(u * c));
        });
    TYPE.method(
        "gauss",
        (ts, self, a, kw) -> {
          double[] ms = muSigma(ts, "gauss", a, kw);
          return PyFloat.of(ms[0] + gauss((PyRandom) self) * ms[1]);
        });
    TYPE.method(
        "normalvariate",
        (ts, self, a, kw) -> {
          double[] ms = muSigma(ts, "normalvariate", a, kw);
          return PyFloat.of(ms[0] + normal(gen(self)) * ms[1]);
        });
    TYPE.method(
        "lognormvariate",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("lognormvariate", a, kw, new String[] {"mu", "sigma"}, 2, 2);
          double mu = MathModule.toDouble(ts, p[0]);
          double sigma = MathModule.toDouble(ts, p[1]);
          return PyFloat.of(Math.exp(mu + normal(gen(self)) * sigma));
        });
    TYPE.method(
        "expovariate",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("expovariate", a, kw, new String[] {"lambd"}, 1, 1);
          double lambd = MathModule.toDouble(ts, p[0]);
          double r = -Math.log(1.0 - gen(self).nextDouble());
          if (lambd == 0.0) {
            throw PyException.zeroDivision("float division by zero");
          }
          return PyFloat.of(r / lambd);
        });
    TYPE.method(
        "paretovariate",
        (ts, self, a, kw) -> {
          PyObject[] p = ArgParser.parse("paretovariate", a, kw, new String[] {"alpha"}, 1, 1);
          double alpha = MathModule.toDouble(ts, p[0]);
          double u = 1.0 - gen(self).nextDouble();
          return PyFloat.of(MathModule.pow(u, -1.0 / alpha));
        });
    TYPE.method(
        "weibullvariate",
        (ts, self, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("weibullvariate", a, kw, new String[] {"alpha", "beta"}, 2, 2);
          double alpha = MathModule.toDouble(ts, p[0]);
          double beta = MathModule.toDouble(ts, p[1]);
          double u = 1.0 - gen(self).nextDouble();
          return PyFloat.of(alpha * MathModule.pow(-Math.log(u), 1.0 / beta));
        });
    TYPE.method(
        "randbytes",
        (ts, self, a, kw) -> {
          ArgParser.arity("randbytes", a, kw, 1, 1);
          int n = ArgParser.asInt(a[0]);
          if (n < 0) {
            throw PyException.valueError("number of bits must be non-negative");
          }
          byte[] big = gen(self).bigBits(n * 8).toByteArray();
          byte[] out = new byte[n];
          // getrandbits(8n).to_bytes(n, 'little'): reverse the big-endian magnitude.
          for (int i = 0; i < n && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
          }
          return new PyBytes(out);
        });
    TYPE.method(
        "getstate",
        (ts, self, a, kw) -> {
          ArgParser.arity("getstate", a, kw, 0, 0);
          PyRandom r = (PyRandom) self;
          long[] s = r.mt.state();
          PyObject[] words = new PyObject[s.length];
          for (int i = 0; i < s.length; i++) {
            words[i] = PyInt.of(s[i]);
          }
          PyObject g = Double.isNaN(r.gaussNext) ? PyNone.NONE : PyFloat.of(r.gaussNext);
          return PyTuple.of(PyInt.of(3), PyTuple.of(words), g);
        });
    TYPE.method(
        "setstate",
        (ts, self, a, kw) -> {
          ArgParser.arity("setstate", a, kw, 1, 1);
          setState((PyRandom) self, a[0]);
          return PyNone.NONE;
        });
  }

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("random");
    PyRandom inst = new PyRandom();
    seed(inst, PyNone.NONE);
    m.put("_inst", inst);
    m.put("Random", TYPE);
    for (String f : FUNCTIONS) {
      m.put(f, TYPE.lookup(f).bindTo(inst, TYPE));
    }
    return m;
  }

  private static MersenneTwister gen(PyObject self) {
    return ((PyRandom) self).mt;
  }

  private static PyObject none(PyObject o) {
    return o == PyNone.NONE ? null : o;
  }

  // ---------------------------------------------------------------- seeding

  /** {@code seed(a)}: None from the OS, ints by value, floats by hash, str and bytes by SHA-512. */
  static void seed(PyRandom r, PyObject a) {
    r.gaussNext = Double.NaN;
    if (a == PyNone.NONE) {
      int[] key = new int[MersenneTwister.N];
      SecureRandom sr = new SecureRandom();
      for (int i = 0; i < key.length; i++) {
        key[i] = sr.nextInt();
      }
      r.mt.seedByArray(key);
      return;
    }
    BigInteger n;
    if (a instanceof PyInt i) {
      n = i.bigValue();
    } else if (a instanceof PyFloat) {
      // CPython reads the hash as an unsigned machine word.
      n = new BigInteger(Long.toUnsignedString(a.hash()));
    } else if (a instanceof PyStr s) {
      n = bytesSeed(s.value().getBytes(StandardCharsets.UTF_8));
    } else if (a instanceof PyBytes b) {
      n = bytesSeed(b.value());
    } else {
      throw PyException.typeError(
          "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    r.mt.seed(n.abs());
  }

  /** Version-2 seeding of str and bytes: the bytes followed by their SHA-512, as one big int. */
  private static BigInteger bytesSeed(byte[] b) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-512").digest(b);
      byte[] all = new byte[b.length + digest.length];
      System.arraycopy(b, 0, all, 0, b.length);
      System.arraycopy(digest, 0, all, b.length, digest.length);
      return new BigInteger(1, all);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-512", e);
    }
  }

  private static void setState(PyRandom r, PyObject state) {
    PyObject[] parts = Ops.toArray(state);
    if (parts.length != 3 || !(parts[0] instanceof PyInt v) || v.bigValue().intValue() != 3) {
      throw PyException.valueError(
          "state with version "
              + (parts.length > 0 ? Ops.repr(parts[0]) : "?")
              + " passed to Random.setstate() of version 3");
    }
    PyObject[] words = Ops.toArray(parts[1]);
    if (words.length != MersenneTwister.N + 1) {
      throw PyException.valueError("state vector is the wrong size");
    }
    long[] s = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      s[i] = integer(words[i], "state").longValue();
    }
    if (s[MersenneTwister.N] < 0 || s[MersenneTwister.N] > MersenneTwister.N) {
      throw PyException.valueError("invalid state");
    }
    r.mt.setState(s);
    r.gaussNext =
        parts[2] == PyNone.NONE ? Double.NaN : MathModule.toDouble(ThreadState.current(), parts[2]);
  }

  // ---------------------------------------------------------------- integers

  /**
   * An integer argument of randrange: ints as they are; integral floats accepted as CPython 3.11
   * still does (with a deprecation), others refused with its messages.
   */
  private static BigInteger integer(PyObject o, String what) {
    if (o instanceof PyInt i) {
      return i.bigValue();
    }
    if (o instanceof PyFloat f) {
      double d = f.value();
      if (Double.isFinite(d) && d == Math.rint(d)) {
        return f.toInt().bigValue();
      }
      throw PyException.valueError(
          "non-integer " + (what.equals("start") ? "arg 1" : what) + " for randrange()");
    }
    throw PyException.typeError(
        "'" + o.type().name() + "' object cannot be interpreted as an integer");
  }

  /** CPython 3.11's randrange, including its error messages. */
  static BigInteger randrange(MersenneTwister mt, PyObject start, PyObject stop, PyObject step) {
    BigInteger istart = integer(start, "start");
    if (stop == null || stop == PyNone.NONE) {
      if (step != null && !(step instanceof PyInt s && s.bigValue().equals(BigInteger.ONE))) {
        throw PyException.typeError("Missing a non-None stop argument");
      }
      if (istart.signum() > 0) {
        return mt.below(istart);
      }
      throw PyException.valueError("empty range for randrange()");
    }
    BigInteger istop = integer(stop, "stop");
    BigInteger width = istop.subtract(istart);
    BigInteger istep = step == null ? BigInteger.ONE : integer(step, "step");
    if (istep.equals(BigInteger.ONE)) {
      if (width.signum() > 0) {
        return istart.add(mt.below(width));
      }
      throw PyException.valueError(
          "empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
    }
    BigInteger n;
    if (istep.signum() > 0) {
      n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
    } else if (istep.signum() < 0) {
      n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
    } else {
      throw PyException.valueError("zero step for randrange()");
    }
    if (n.signum() <= 0) {
      throw PyException.valueError("empty range for randrange()");
    }
    return istart.add(istep.multiply(mt.below(n)));
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    boolean inexactAndNegative = qr[1].signum() != 0 && qr[1].signum() != b.signum();
    return inexactAndNegative ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  // ---------------------------------------------------------------- sequences

  /** Fisher-Yates from the end, swapping in place, as CPython's shuffle. */
  static void shuffle(ThreadState ts, MersenneTwister mt, PyObject x) {
    for (int i = x.len() - 1; i > 0; i--) {
      int j = (int) mt.below(i + 1);
      PyInt pi = PyInt.of(i);
      PyInt pj = PyInt.of(j);
      PyObject a = x.getItem(pi);
      PyObject b = x.getItem(pj);
      // Hold both while swapping, or the first store could free the item the second needs.
      ts.refs.incref(a);
      ts.refs.incref(b);
      try {
        x.setItem(pi, b);
        x.setItem(pj, a);
      } finally {
        Refs.decref(ts, a);
        Refs.decref(ts, b);
      }
    }
  }

  /**
   * {@code sample(population, k, counts=None)}: CPython's two strategies (a shrinking pool for
   * small populations, rejection of repeats for large ones), chosen by the same size rule.
   */
  static PyList sample(MersenneTwister mt, PyObject population, int k, PyObject counts) {
    if (population instanceof PySet || population instanceof PyDict) {
      throw PyException.typeError(
          "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    int n = population.len();
    if (counts != null) {
      PyObject[] cs = Ops.toArray(counts);
      if (cs.length != n) {
        throw PyException.valueError("The number of counts does not match the population");
      }
      long[] cum = new long[n];
      long total = 0;
      for (int i = 0; i < n; i++) {
        if (!(cs[i] instanceof PyInt c)) {
          throw PyException.typeError("Counts must be integers");
        }
        total += c.asLong();
        cum[i] = total;
      }
      if (total <= 0) {
        throw PyException.valueError("Total of counts must be greater than zero");
      }
      long[] picks = sampleIndices(mt, total, k);
      PyList out = new PyList();
      for (long s : picks) {
        out.append(population.getItem(PyInt.of(bisectRight(cum, s, n - 1))));
      }
      return out;
    }
    long[] picks = sampleIndices(mt, n, k);
    PyList out = new PyList();
    for (long j : picks) {
      out.append(population.getItem(PyInt.of(j)));
    }
    return out;
  }

  /** The positions {@code sample(range(n), k)} would return, drawing exactly as CPython does. */
  private static long[] sampleIndices(MersenneTwister mt, long n, int k) {
    if (k < 0 || k > n) {
      throw PyException.valueError("Sample larger than population or is negative");
    }
    long[] result = new long[k];
    long setsize = 21;
    if (k > 5) {
      setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
    }
    if (n <= setsize) {
      long[] pool = new long[(int) n];
      for (int i = 0; i < n; i++) {
        pool[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = (int) mt.below(n - i);
        result[i] = pool[j];
        pool[j] = pool[(int) (n - i - 1)];
      }
    } else {
      Set<Long> selected = new HashSet<>();
      for (int i = 0; i < k; i++) {
        long j = mt.below(n);
        while (!selected.add(j)) {
          j = mt.below(n);
        }
        result[i] = j;
      }
    }
    return result;
  }

  /** The first index in cum[0..hi] whose value exceeds x (bisect_right with hi). */
  private static int bisectRight(long[] cum, long x, int hi) {
    int lo = 0;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (x < cum[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** {@code choices(population, weights, *, cum_weights, k)} with CPython's draws and errors. */
  static PyList choices(
      MersenneTwister mt, PyObject population, PyObject weights, PyObject cumWeights, int k) {
    int n = population.len();
    PyList out = new PyList();
    if (cumWeights == null && weights == null) {
      double fn = n;
      for (int i = 0; i < k; i++) {
        out.append(population.getItem(PyInt.of((long) Math.floor(mt.nextDouble() * fn))));
      }
      return out;
    }
    if (cumWeights != null && weights != null) {
      throw PyException.typeError("Cannot specify both weights and cumulative weights");
    }
    double[] cum;
    if (weights != null) {
      PyObject[] ws = Ops.toArray(weights);
      cum = new double[ws.length];
      double acc = 0.0;
      for (int i = 0; i < ws.length; i++) {
        acc += MathModule.toDouble(ThreadState.current(), ws[i]);
        cum[i] = acc;
      }
    } else {
      PyObject[] cs = Ops.toArray(cumWeights);
      cum = new double[cs.length];
      for (int i = 0; i < cs.length; i++) {
        cum[i] = MathModule.toDouble(ThreadState.current(), cs[i]);
      }
    }
    if (cum.length != n) {
      throw PyException.valueError("The number of weights does not match the population");
    }
    double total = n == 0 ? 0.0 : cum[n - 1];
    if (total <= 0.0) {
      throw PyException.valueError("Total of weights must be greater than zero");
    }
    if (!Double.isFinite(total)) {
      throw PyException.valueError("Total of weights must be finite");
    }
    for (int i = 0; i < k; i++) {
      double x = mt.nextDouble() * total;
      int lo = 0;
      int hi = n - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (x < cum[mid]) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      out.append(population.getItem(PyInt.of(lo)));
    }
    return out;
  }

  // ---------------------------------------------------------------- distributions

  private static double[] muSigma(ThreadState ts, String fname, PyObject[] a, String[] kw) {
    PyObject[] p = ArgParser.parse(fname, a, kw, new String[] {"mu", "sigma"}, 0, 2);
    return new double[] {
      p[0] == null ? 0.0 : MathModule.toDouble(ts, p[0]),
      p[1] == null ? 1.0 : MathModule.toDouble(ts, p[1])
    };
  }

  /** Box-Muller, keeping the pair's second value for the next call, as CPython's gauss. */
  private static double gauss(PyRandom r) {
    synchronized (r) {
      double z = r.gaussNext;
      r.gaussNext = Double.NaN;
      if (Double.isNaN(z)) {
        double x2pi = r.mt.nextDouble() * (2.0 * Math.PI);
        double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.nextDouble()));
        z = Math.cos(x2pi) * g2rad;
        r.gaussNext = Math.sin(x2pi) * g2rad;
      }
      return z;
    }
  }

  /** Kinderman and Monahan's ratio-of-uniforms method, as CPython's normalvariate. */
  private static double normal(MersenneTwister mt) {
    final double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    while (true) {
      double u1 = mt.nextDouble();
      double u2 = 1.0 - mt.nextDouble();
      double z = magic * (u1 - 0.5) / u2;
      if (z * z / 4.0 <= -Math.log(u2)) {
        return z;
      }
    }
  }
}
