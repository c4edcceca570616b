package io.gilvm.compiler;

import static io.gilvm.bytecode.Opcode.*;

/**
 * CPython 3.9's peephole optimizer, which runs over the assembled instructions and shapes what
 * {@code dis} shows: it folds a tuple built from constants (default arguments) into one constant,
 * threads jumps to unconditional jumps, turns a jump to a return into a return, simplifies and/or
 * jump chains, turns {@code a, b = b, a} into ROT_TWO, drops unreachable code after a return, and
 * skips "if True" tests. One forward pass, then the NOPs are removed and jumps retargeted. Like
 * CPython it leaves code alone when its line table would need a gap of more than 255 bytes between
 * two line changes.
 */
final class Peephole {
  private Peephole() {}

  /** The optimized instructions: opcodes, arguments (byte offsets for jumps) and lines. */
  record Result(int[] ops, int[] args, int[] lines, long[] spans) {}

  /** The code object's constants, as far as the optimizer needs them. */
  interface Constants {
    boolean isTrue(int index);

    /** Appends (without sharing an equal one, as CPython does) the tuple of these constants. */
    int appendTuple(int[] indices);
  }

  /**
   * @param ops opcodes, changed in place
   * @param args arguments with jumps as CPython encodes them (absolute: target offset; relative:
   *     bytes from the next instruction), changed in place
   * @param lines the source line of each instruction
   * @param spans the source span of each instruction (see {@link CodeBuilder#span})
   * @param consts the constants, which folding may append to
   */
  static Result optimize(
      int[] ops, int[] args, int[] lines, long[] spans, int firstLineNo, Constants consts) {
    int n = ops.length;
    if (lineTableTooComplex(lines, firstLineNo)) {
      return new Result(ops, args, lines, spans);
    }
    int[] blocks = markBlocks(ops, args);
    int next;
    // How many LOAD_CONSTs run up to the current instruction, and up to the previous one.
    int constRun = 0;
    int lastConstRun;
    for (int i = 0; i < n; i = next) {
      int op = ops[i];
      next = i + 1;
      int nextOp = next < n ? ops[next] : 0;
      lastConstRun = constRun;
      constRun = 0;
      switch (op) {
        case LOAD_CONST:
          constRun = lastConstRun + 1;
          if (nextOp == POP_JUMP_IF_FALSE && blocks[i] == blocks[i + 1] && consts.isTrue(args[i])) {
            ops[i] = NOP;
            ops[i + 1] = NOP;
            constRun = 0;
          }
          break;
        case BUILD_TUPLE:
          {
            int count = args[i];
            if (count > 0 && lastConstRun >= count) {
              int first = i - count;
              if (blocks[first] == blocks[i]) {
                int[] indices = new int[count];
                for (int k = 0; k < count; k++) {
                  indices[k] = args[first + k];
                  ops[first + k] = NOP;
                }
                set(ops, args, i, LOAD_CONST, consts.appendTuple(indices));
                break;
              }
            }
            if (nextOp != UNPACK_SEQUENCE || blocks[i] != blocks[i + 1] || count != args[i + 1]) {
              break;
            }
            if (count < 2) {
              ops[i] = NOP;
              ops[i + 1] = NOP;
            } else if (count == 2) {
              set(ops, args, i, ROT_TWO, 0);
              ops[i + 1] = NOP;
            } else if (count == 3) {
              set(ops, args, i, ROT_THREE, 0);
              set(ops, args, i + 1, ROT_TWO, 0);
            }
            break;
          }
        case JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP:
          {
            int tgt = args[i] / 2;
            int j = ops[tgt];
            if (isConditionalJump(j)) {
              if (jumpsOnTrue(j) == jumpsOnTrue(op)) {
                // The second jump is taken whenever the first is: jump straight to its target.
                set(ops, args, i, j, args[tgt]);
              } else {
                // The second jump is never taken when the first is: jump past it, popping.
                set(
                    ops,
                    args,
                    i,
                    op == JUMP_IF_TRUE_OR_POP ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE,
                    (tgt + 1) * 2);
              }
              next = i;
              break;
            }
            thread(ops, args, i, op);
            break;
          }
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case JUMP_FORWARD:
        case JUMP_ABSOLUTE:
          thread(ops, args, i, op);
          break;
        case RETURN_VALUE:
          {
            int h = i + 1;
            while (h < n && blocks[i] == blocks[h]) {
              if (ops[h] == SETUP_FINALLY || ops[h] == RERAISE) {
                break;
              }
              h++;
            }
            if (h > i + 1) {
              for (int k = i + 1; k < h; k++) {
                ops[k] = NOP;
              }
              next = h;
            }
            break;
          }
        default:
          break;
      }
    }
    return removeNops(ops, args, lines, spans);
  }

  /** Retargets a jump whose target is an unconditional jump, or a return. */
  private static void thread(int[] ops, int[] args, int i, int op) {
    int tgt = target(ops, args, i);
    if (isUnconditionalJump(ops[i]) && ops[tgt] == RETURN_VALUE) {
      set(ops, args, i, RETURN_VALUE, 0);
    } else if (isUnconditionalJump(ops[tgt])) {
      int dest = target(ops, args, tgt);
      set(ops, args, i, op == JUMP_FORWARD ? JUMP_ABSOLUTE : op, dest * 2);
    }
  }

  private static void set(int[] ops, int[] args, int i, int op, int arg) {
    ops[i] = op;
    args[i] = arg;
  }

  private static int target(int[] ops, int[] args, int i) {
    return isRelativeJump(ops[i]) ? i + 1 + args[i] / 2 : args[i] / 2;
  }

  private static boolean isUnconditionalJump(int op) {
    return op == JUMP_ABSOLUTE || op == JUMP_FORWARD;
  }

  private static boolean isConditionalJump(int op) {
    return op == POP_JUMP_IF_FALSE
        || op == POP_JUMP_IF_TRUE
        || op == JUMP_IF_FALSE_OR_POP
        || op == JUMP_IF_TRUE_OR_POP;
  }

  private static boolean jumpsOnTrue(int op) {
    return op == POP_JUMP_IF_TRUE || op == JUMP_IF_TRUE_OR_POP;
  }

  /**
   * Whether CPython's line table would need a multi-byte entry: some line change comes more than
   * 255 bytes after the previous one. CPython does not optimize such code at all.
   */
  private static boolean lineTableTooComplex(int[] lines, int firstLineNo) {
    int line = firstLineNo;
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i] != line) {
        if (2 * i - offset > 255) {
          return true;
        }
        line = lines[i];
        offset = 2 * i;
      }
    }
    return false;
  }

  /** For each instruction, the number of jump targets at or before it. */
  private static int[] markBlocks(int[] ops, int[] args) {
    int n = ops.length;
    int[] blocks = new int[n];
    for (int i = 0; i < n; i++) {
      if (isRelativeJump(ops[i]) || isAbsoluteJump(ops[i])) {
        blocks[target(ops, args, i)] = 1;
      }
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      count += blocks[i];
      blocks[i] = count;
    }
    return blocks;
  }

  private static Result removeNops(int[] ops, int[] args, int[] lines, long[] spans) {
    int n = ops.length;
    int[] newIndex = new int[n + 1];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      newIndex[i] = kept;
      if (ops[i] != NOP) {
        kept++;
      }
    }
    newIndex[n] = kept;
    int[] outOps = new int[kept];
    int[] outArgs = new int[kept];
    int[] outLines = new int[kept];
    long[] outSpans = new long[kept];
    int h = 0;
    for (int i = 0; i < n; i++) {
      int op = ops[i];
      if (op == NOP) {
        continue;
      }
      int arg = args[i];
      if (isAbsoluteJump(op)) {
        arg = newIndex[arg / 2] * 2;
      } else if (isRelativeJump(op)) {
        arg = (newIndex[arg / 2 + i + 1] - newIndex[i] - 1) * 2;
      }
      outOps[h] = op;
      outArgs[h] = arg;
      outLines[h] = lines[i];
      outSpans[h] = spans[i];
      h++;
    }
    return new Result(outOps, outArgs, outLines, outSpans);
  }
}
