package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.state.ThreadState;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Socket addresses as Python writes them — {@code (host, port)} for AF_INET, {@code (host, port,
 * flowinfo, scope_id)} for AF_INET6, a path for AF_UNIX — to and from Java's, with CPython's
 * errors. Host names are resolved with the interpreter lock released, as CPython releases it around
 * {@code getaddrinfo}; numeric addresses are parsed in place, as CPython parses them.
 */
final class SockAddr {
  private SockAddr() {}

  static final int AF_UNIX = 1;
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;

  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

  static String familyName(int family) {
    return switch (family) {
      case AF_INET -> "AF_INET";
      case AF_INET6 -> "AF_INET6";
      default -> "AF_UNIX";
    };
  }

  /** The Java address for Python address {@code addr} of {@code family}, resolved. */
  static SocketAddress parse(ThreadState ts, int family, PyObject addr, String fname) {
    if (family == AF_UNIX) {
      return UnixDomainSocketAddress.of(unixPath(addr));
    }
    String fam = familyName(family);
    if (!(addr instanceof PyTuple t)) {
      throw PyException.typeError(
          fname + "(): " + fam + " address must be tuple, not " + addr.type().name());
    }
    if (family == AF_INET && t.size() != 2) {
      throw PyException.typeError("AF_INET address must be a pair (host, port)");
    }
    if (family == AF_INET6 && (t.size() < 2 || t.size() > 4)) {
      throw PyException.typeError(
          "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    }
    String host = hostString(t.get(0));
    int port = port(t.get(1), fname);
    if (t.size() > 2) {
      long flowinfo = ArgParser.asLong(t.get(2), "flowinfo");
      if (flowinfo < 0 || flowinfo > 0xfffff) {
        throw PyException.overflowError(fname + "(): flowinfo must be 0-1048575.");
      }
    }
    InetAddress ip = resolve(ts, family, host);
    if (t.size() > 3 && ip instanceof Inet6Address v6) {
      long scope = ArgParser.asLong(t.get(3), "scope_id");
      if (scope != 0) {
        try {
          ip = Inet6Address.getByAddress(null, v6.getAddress(), (int) scope);
        } catch (UnknownHostException e) {
          throw OsErrors.gaierror(-2);
        }
      }
    }
    return new InetSocketAddress(ip, port);
  }

  static String unixPath(PyObject addr) {
    if (addr instanceof PyStr s) {
      return s.value();
    }
    if (addr instanceof PyBytes b) {
      return new String(b.value(), StandardCharsets.UTF_8);
    }
    throw PyException.typeError(
        "a bytes-like object is required, not '" + addr.type().name() + "'");
  }

  static String hostString(PyObject o) {
    if (o instanceof PyStr s) {
      return s.value();
    }
    if (o instanceof PyBytes b) {
      return new String(b.value(), StandardCharsets.ISO_8859_1);
    }
    throw PyException.typeError("str, bytes or bytearray expected, not " + o.type().name());
  }

  static int port(PyObject o, String fname) {
    long p = ArgParser.asLong(o, "port");
    if (p < 0 || p > 65535) {
      throw PyException.overflowError(fname + "(): port must be 0-65535.");
    }
    return (int) p;
  }

  /** The first address of {@code family} that {@code host} names; gaierror when none. */
  static InetAddress resolve(ThreadState ts, int family, String host) {
    try {
      if (host.isEmpty()) {
        return family == AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
      }
      if (host.equals("<broadcast>") && family == AF_INET) {
        return InetAddress.getByName("255.255.255.255");
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("a literal address did not parse", e);
    }
    for (InetAddress a : resolveAll(ts, host)) {
      if ((family == AF_INET) == (a instanceof Inet4Address)) {
        return a;
      }
    }
    throw OsErrors.gaierror(-9);
  }

  /** Every address {@code host} names, of either family, in the resolver's order. */
  static List<InetAddress> resolveAll(ThreadState ts, String host) {
    InetAddress[] all;
    if (DOTTED_QUAD.matcher(host).matches() || host.indexOf(':') >= 0) {
      try {
        // A literal: Java parses it without asking the resolver.
        all = InetAddress.getAllByName(host);
      } catch (UnknownHostException e) {
        throw OsErrors.gaierror(-2);
      }
    } else {
      all = OsErrors.run(ts, () -> InetAddress.getAllByName(host));
    }
    return new ArrayList<>(List.of(all));
  }

  /** The Python form of a Java address of a socket of {@code family}. */
  static PyObject format(int family, SocketAddress sa) {
    if (family == AF_UNIX) {
      String path = sa instanceof UnixDomainSocketAddress u ? u.getPath().toString() : "";
      return new PyStr(path);
    }
    InetSocketAddress isa = (InetSocketAddress) sa;
    InetAddress ip = isa == null ? null : isa.getAddress();
    int port = isa == null ? 0 : isa.getPort();
    if (family == AF_INET) {
      return PyTuple.of(new PyStr(ip == null ? "0.0.0.0" : ip.getHostAddress()), PyInt.of(port));
    }
    String host;
    int scope = 0;
    if (ip == null) {
      host = "::";
    } else if (ip instanceof Inet4Address) {
      // Java shows an IPv4-mapped IPv6 peer as an IPv4 address; the socket's family does not.
      host = "::ffff:" + ip.getHostAddress();
    } else {
      Inet6Address v6 = (Inet6Address) ip;
      scope = v6.getScopeId();
      host = ipv6(v6.getAddress());
      if (v6.getScopedInterface() != null) {
        host += "%" + v6.getScopedInterface().getName();
      } else if (scope != 0) {
        host += "%" + scope;
      }
    }
    return PyTuple.of(new PyStr(host), PyInt.of(port), PyInt.of(0), PyInt.of(scope));
  }

  /** An IPv6 address in its shortest text form (RFC 5952), as {@code inet_ntop} writes it. */
  static String ipv6(byte[] b) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
      return "::ffff:"
          + (b[12] & 0xff)
          + "."
          + (b[13] & 0xff)
          + "."
          + (b[14] & 0xff)
          + "."
          + (b[15] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
