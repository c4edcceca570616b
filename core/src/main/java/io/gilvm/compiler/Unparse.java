package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.*;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyStr;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders an expression back to source text, as CPython does for the annotations of a module that
 * imports {@code annotations} from {@code __future__}: the fewest parentheses that keep the
 * meaning, spaces around binary operators, {@code repr} for constants.
 */
final class Unparse {
  private Unparse() {}

  // Precedence levels, lowest first.
  private static final int TUPLE = 0;
  private static final int TEST = 1;
  private static final int OR = 2;
  private static final int AND = 3;
  private static final int NOT = 4;
  private static final int CMP = 5;
  private static final int BOR = 6;
  private static final int BXOR = 7;
  private static final int BAND = 8;
  private static final int SHIFT = 9;
  private static final int ARITH = 10;
  private static final int TERM = 11;
  private static final int FACTOR = 12;
  private static final int POWER = 13;
  private static final int AWAIT = 14;
  private static final int ATOM = 15;

  /** The source text of {@code e} as an annotation string. */
  static String expr(Expr e) {
    StringBuilder sb = new StringBuilder();
    new Writer(sb).expr(e, TEST);
    return sb.toString();
  }

  private static final class Writer {
    private final StringBuilder sb;

    Writer(StringBuilder sb) {
      this.sb = sb;
    }

    private void open(boolean cond) {
      if (cond) {
        sb.append('(');
      }
    }

    private void close(boolean cond) {
      if (cond) {
        sb.append(')');
      }
    }

    private static int precedence(BinOpKind op) {
      return switch (op) {
        case BITOR -> BOR;
        case BITXOR -> BXOR;
        case BITAND -> BAND;
        case LSHIFT, RSHIFT -> SHIFT;
        case ADD, SUB -> ARITH;
        case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
        case POW -> POWER;
      };
    }

    void expr(Expr e, int level) {
      if (e instanceof Name n) {
        sb.append(n.id());
      } else if (e instanceof Constant c) {
        constant(c.value());
      } else if (e instanceof Attribute a) {
        expr(a.value(), ATOM);
        boolean intValue =
            a.value() instanceof Constant c
                && (c.value() instanceof Long || c.value() instanceof BigInteger);
        sb.append(intValue ? " ." : ".").append(a.attr());
      } else if (e instanceof Subscript s) {
        expr(s.value(), ATOM);
        sb.append('[');
        if (s.slice() instanceof Tuple t && !t.elts().isEmpty()) {
          items(t.elts());
          if (t.elts().size() == 1) {
            sb.append(',');
          }
        } else {
          expr(s.slice(), TUPLE);
        }
        sb.append(']');
      } else if (e instanceof Slice s) {
        if (s.lower() != null) {
          expr(s.lower(), TEST);
        }
        sb.append(':');
        if (s.upper() != null) {
          expr(s.upper(), TEST);
        }
        if (s.step() != null) {
          sb.append(':');
          expr(s.step(), TEST);
        }
      } else if (e instanceof BinOp b) {
        int pr = precedence(b.op());
        boolean rassoc = b.op() == BinOpKind.POW;
        open(level > pr);
        expr(b.left(), pr + (rassoc ? 1 : 0));
        sb.append(' ').append(b.op().symbol).append(' ');
        expr(b.right(), pr + (rassoc ? 0 : 1));
        close(level > pr);
      } else if (e instanceof UnaryOp u) {
        int pr = u.op() == UnaryOpKind.NOT ? NOT : FACTOR;
        open(level > pr);
        sb.append(
            switch (u.op()) {
              case INVERT -> "~";
              case NOT -> "not ";
              case UADD -> "+";
              case USUB -> "-";
            });
        expr(u.operand(), pr);
        close(level > pr);
      } else if (e instanceof BoolOp b) {
        int pr = b.isAnd() ? AND : OR;
        open(level > pr);
        for (int i = 0; i < b.values().size(); i++) {
          if (i > 0) {
            sb.append(b.isAnd() ? " and " : " or ");
          }
          expr(b.values().get(i), pr + 1);
        }
        close(level > pr);
      } else if (e instanceof Compare c) {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
          sb.append(' ').append(c.ops().get(i).symbol).append(' ');
          expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
      } else if (e instanceof IfExp x) {
        open(level > TEST);
        expr(x.body(), TEST + 1);
        sb.append(" if ");
        expr(x.test(), TEST + 1);
        sb.append(" else ");
        expr(x.orelse(), TEST);
        close(level > TEST);
      } else if (e instanceof Lambda l) {
        open(level > TEST);
        sb.append("lambda");
        int mark = sb.length();
        sb.append(' ');
        arguments(l.args());
        if (sb.length() == mark + 1) {
          sb.setLength(mark);
        }
        sb.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
      } else if (e instanceof Tuple t) {
        if (t.elts().isEmpty()) {
          sb.append("()");
          return;
        }
        open(level > TUPLE);
        items(t.elts());
        if (t.elts().size() == 1) {
          sb.append(',');
        }
        close(level > TUPLE);
      } else if (e instanceof ListExpr l) {
        sb.append('[');
        items(l.elts());
        sb.append(']');
      } else if (e instanceof Set s) {
        sb.append('{');
        items(s.elts());
        sb.append('}');
      } else if (e instanceof Dict d) {
        sb.append('{');
        for (int i = 0; i < d.values().size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          if (d.keys().get(i) == null) {
            sb.append("**");
            expr(d.values().get(i), BOR);
          } else {
            expr(d.keys().get(i), TEST);
            sb.append(": ");
            expr(d.values().get(i), TEST);
          }
        }
        sb.append('}');
      } else if (e instanceof Starred s) {
        sb.append('*');
        expr(s.value(), BOR);
      } else if (e instanceof Call c) {
        expr(c.func(), ATOM);
        sb.append('(');
        if (c.args().size() == 1
            && c.keywords().isEmpty()
            && c.args().get(0) instanceof GeneratorExp g) {
          comprehension(g.elt(), null, g.generators());
        } else {
          boolean first = true;
          for (Expr a : c.args()) {
            if (!first) {
              sb.append(", ");
            }
            first = false;
            expr(a, TEST);
          }
          for (Keyword k : c.keywords()) {
            if (!first) {
              sb.append(", ");
            }
            first = false;
            if (k.name() == null) {
              sb.append("**");
            } else {
              sb.append(k.name()).append('=');
            }
            expr(k.value(), TEST);
          }
        }
        sb.append(')');
      } else if (e instanceof ListComp c) {
        sb.append('[');
        comprehension(c.elt(), null, c.generators());
        sb.append(']');
      } else if (e instanceof SetComp c) {
        sb.append('{');
        comprehension(c.elt(), null, c.generators());
        sb.append('}');
      } else if (e instanceof DictComp c) {
        sb.append('{');
        comprehension(c.key(), c.value(), c.generators());
        sb.append('}');
      } else if (e instanceof GeneratorExp c) {
        sb.append('(');
        comprehension(c.elt(), null, c.generators());
        sb.append(')');
      } else if (e instanceof NamedExpr n) {
        open(level > TUPLE);
        expr(n.target(), ATOM);
        sb.append(" := ");
        expr(n.value(), ATOM);
        close(level > TUPLE);
      } else if (e instanceof Yield y) {
        open(level > TUPLE);
        sb.append("yield");
        if (y.value() != null) {
          sb.append(' ');
          expr(y.value(), TUPLE);
        }
        close(level > TUPLE);
      } else if (e instanceof YieldFrom y) {
        open(level > TUPLE);
        sb.append("yield from ");
        expr(y.value(), TUPLE);
        close(level > TUPLE);
      } else if (e instanceof Await a) {
        open(level > AWAIT);
        sb.append("await ");
        expr(a.value(), ATOM);
        close(level > AWAIT);
      } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
        StringBuilder body = new StringBuilder();
        fstringBody(e, body);
        sb.append('f').append(PyStr.repr(body.toString()));
      } else {
        sb.append("...");
      }
    }

    private void items(List<Expr> elts) {
      for (int i = 0; i < elts.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        expr(elts.get(i), TEST);
      }
    }

    private void comprehension(Expr elt, Expr value, List<Comprehension> generators) {
      expr(elt, TEST);
      if (value != null) {
        sb.append(": ");
        expr(value, TEST);
      }
      for (Comprehension g : generators) {
        sb.append(g.isAsync() ? " async for " : " for ");
        expr(g.target(), TUPLE);
        sb.append(" in ");
        expr(g.iter(), TEST + 1);
        for (Expr cond : g.ifs()) {
          sb.append(" if ");
          expr(cond, TEST + 1);
        }
      }
    }

    private void arguments(Arguments a) {
      boolean first = true;
      int positional = a.posonly().size() + a.args().size();
      int firstDefault = positional - a.defaults().size();
      for (int i = 0; i < positional; i++) {
        Arg arg =
            i < a.posonly().size() ? a.posonly().get(i) : a.args().get(i - a.posonly().size());
        if (!first) {
          sb.append(", ");
        }
        first = false;
        arg(arg);
        if (i >= firstDefault) {
          sb.append('=');
          expr(a.defaults().get(i - firstDefault), TEST);
        }
        if (i + 1 == a.posonly().size()) {
          sb.append(", /");
        }
      }
      if (a.vararg() != null || !a.kwonly().isEmpty()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append('*');
        if (a.vararg() != null) {
          arg(a.vararg());
        }
      }
      for (int i = 0; i < a.kwonly().size(); i++) {
        sb.append(", ");
        arg(a.kwonly().get(i));
        Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
        if (d != null) {
          sb.append('=');
          expr(d, TEST);
        }
      }
      if (a.kwarg() != null) {
        if (!first) {
          sb.append(", ");
        }
        sb.append("**");
        arg(a.kwarg());
      }
    }

    private void arg(Arg a) {
      sb.append(a.name());
      if (a.annotation() != null) {
        sb.append(": ");
        expr(a.annotation(), TEST);
      }
    }

    private void constant(Object v) {
      if (v == null) {
        sb.append("None");
      } else if (v == Node.ELLIPSIS) {
        sb.append("...");
      } else if (v instanceof Boolean b) {
        sb.append(b ? "True" : "False");
      } else if (v instanceof String s) {
        sb.append(PyStr.repr(s));
      } else if (v instanceof byte[] b) {
        sb.append(new PyBytes(b).repr());
      } else if (v instanceof Double d) {
        sb.append(Double.isInfinite(d) ? (d > 0 ? "1e309" : "-1e309") : PyFloat.repr(d));
      } else if (v instanceof Node.Complex c) {
        sb.append(new io.gilvm.object.PyComplex(c.real(), c.imag()).repr().replace("inf", "1e309"));
      } else {
        sb.append(v);
      }
    }

    /** The text between the quotes of an f-string. */
    private void fstringBody(Expr e, StringBuilder out) {
      if (e instanceof JoinedStr j) {
        for (Expr part : j.values()) {
          fstringBody(part, out);
        }
      } else if (e instanceof Constant c && c.value() instanceof String s) {
        out.append(s.replace("{", "{{").replace("}", "}}"));
      } else if (e instanceof FormattedValue f) {
        StringBuilder inner = new StringBuilder();
        new Writer(inner).expr(f.value(), TEST + 1);
        out.append('{');
        if (inner.length() > 0 && inner.charAt(0) == '{') {
          out.append(' ');
        }
        out.append(inner);
        if (f.conversion() > 0) {
          out.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() != null) {
          out.append(':');
          fstringBody(f.formatSpec(), out);
        }
        out.append('}');
      }
    }
  }
}
