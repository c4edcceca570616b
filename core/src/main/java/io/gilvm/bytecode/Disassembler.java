package io.gilvm.bytecode;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyObject;
import java.util.HashSet;
import java.util.Set;

/**
 * The text of CPython 3.9's {@code dis.dis} for a code object and, after it, every code object
 * among its constants, so that a listing can be read side by side with CPython's.
 */
public final class Disassembler {
  private Disassembler() {}

  private static final String[] COMPARE_OPS = {"<", "<=", "==", "!=", ">", ">="};
  private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};
  private static final String[] FUNCTION_FLAGS = {
    "defaults", "kwdefaults", "annotations", "closure"
  };

  /** The listing of {@code code} followed by those of its nested code objects, depth first. */
  public static String dis(PyCode code) {
    StringBuilder sb = new StringBuilder();
    disassembleRecursive(code, sb);
    return sb.toString();
  }

  private static void disassembleRecursive(PyCode code, StringBuilder sb) {
    disassemble(code, sb);
    for (PyObject c : code.consts) {
      if (c instanceof PyCode nested) {
        sb.append('\n');
        sb.append("Disassembly of ").append(nested.repr()).append(":\n");
        disassembleRecursive(nested, sb);
      }
    }
  }

  private static void disassemble(PyCode code, StringBuilder sb) {
    int[] c = code.code;
    int n = c.length / 2;
    int maxLine = 0;
    for (int i = 0; i < n; i++) {
      maxLine = Math.max(maxLine, code.lines[i]);
    }
    int lineWidth = maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
    int maxOffset = c.length - 2;
    int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
    Set<Integer> labels = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int op = c[2 * i];
      int arg = c[2 * i + 1];
      if (Opcode.isRelativeJump(op)) {
        labels.add(2 * i + 2 + arg);
      } else if (Opcode.isAbsoluteJump(op)) {
        labels.add(arg);
      }
    }
    for (int i = 0; i < n; i++) {
      int offset = 2 * i;
      int op = c[offset];
      int arg = c[offset + 1];
      boolean startsLine = i == 0 || code.lines[i] != code.lines[i - 1];
      if (startsLine && offset > 0) {
        sb.append('\n');
      }
      StringBuilder line = new StringBuilder();
      line.append(
          startsLine ? pad(String.valueOf(code.lines[i]), lineWidth) : " ".repeat(lineWidth));
      line.append(' ').append("   ");
      line.append(' ').append(labels.contains(offset) ? ">>" : "  ");
      line.append(' ').append(pad(String.valueOf(offset), offsetWidth));
      line.append(' ').append(padRight(Opcode.name(op), 20));
      if (Opcode.hasArg(op)) {
        line.append(' ').append(pad(String.valueOf(arg), 5));
        String argrepr = argrepr(code, offset, op, arg);
        if (!argrepr.isEmpty()) {
          line.append(" (").append(argrepr).append(')');
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String argrepr(PyCode code, int offset, int op, int arg) {
    Opcode.Info info = Opcode.info(op);
    if (info == null) {
      return "";
    }
    switch (info.arg()) {
      case CONST:
        return code.consts[arg].repr();
      case NAME:
        return code.names[arg];
      case LOCAL:
        return code.varnames[arg];
      case CELL:
        return arg < code.cellvars.length
            ? code.cellvars[arg]
            : code.freevars[arg - code.cellvars.length];
      case COMPARE:
        return arg < COMPARE_OPS.length ? COMPARE_OPS[arg] : String.valueOf(arg);
      case FORMAT:
        {
          String s = CONVERSIONS[arg & 0x3];
          if ((arg & 0x4) != 0) {
            s = s.isEmpty() ? "with format" : s + ", with format";
          }
          return s;
        }
      case FUNCTION_FLAGS:
        {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < FUNCTION_FLAGS.length; i++) {
            if ((arg & (1 << i)) != 0) {
              sb.append(sb.length() > 0 ? ", " : "").append(FUNCTION_FLAGS[i]);
            }
          }
          return sb.toString();
        }
      case JUMP_RELATIVE:
        return "to " + (offset + 2 + arg);
      default:
        // CPython 3.9 shows nothing for absolute jumps and plain numbers.
        return "";
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
