package io.gilvm.compiler;

import static io.gilvm.bytecode.Opcode.*;

/**
 * The deepest the value stack gets, found by following every path from the first instruction
 * (jumps, fall-throughs, and exception handlers entered with the block level plus the four
 * values the VM pushes), as CPython's stackdepth() does. The frame's stack is allocated from
 * this number, so an under-estimate is a VM crash: inconsistent depths are reported as errors.
 */
final class StackDepth {
  private StackDepth() {}

  /** Stack slots an exception handler adds above its block's level: prev, tb, value, type. */
  static final int HANDLER_PUSH = 4;

  /**
   * @param ops opcodes
   * @param args arguments (jump arguments unused)
   * @param targets for each jump, the index of the instruction it jumps to; -1 otherwise
   */
  static int compute(int[] ops, int[] args, int[] targets, int count) {
    if (count == 0) {
      return 0;
    }
    int[] start = new int[count];
    java.util.Arrays.fill(start, -1);
    int[] work = new int[count];
    int sp = 0;
    start[0] = 0;
    work[sp++] = 0;
    int max = 0;
    while (sp > 0) {
      int i = work[--sp];
      int depth = start[i];
      while (true) {
        int op = ops[i];
        int d = depth + effect(op, args[i], false);
        max = Math.max(max, d);
        if (targets[i] >= 0) {
          int t = depth + effect(op, args[i], true);
          max = Math.max(max, t);
          if (push(start, targets[i], t)) {
            work[sp++] = targets[i];
          }
        }
        if (d < 0) {
          throw new IllegalStateException("stack underflow at instruction " + i);
        }
        depth = d;
        if (op == JUMP_ABSOLUTE
            || op == JUMP_FORWARD
            || op == RETURN_VALUE
            || op == RAISE_VARARGS
            || op == RERAISE) {
          break;
        }
        i++;
        if (i >= count) {
          break;
        }
        if (start[i] >= 0) {
          if (start[i] != depth) {
            throw inconsistent(i, start[i], depth);
          }
          break;
        }
        start[i] = depth;
      }
    }
    return max;
  }

  private static boolean push(int[] start, int target, int depth) {
    if (start[target] < 0) {
      start[target] = depth;
      return true;
    }
    if (start[target] != depth) {
      throw inconsistent(target, start[target], depth);
    }
    return false;
  }

  private static IllegalStateException inconsistent(int i, int a, int b) {
    return new IllegalStateException(
        "inconsistent stack depth at instruction " + i + ": " + a + " and " + b);
  }

  /** The stack effect of one instruction, on the jump path when {@code jump}. */
  static int effect(int op, int arg, boolean jump) {
    switch (op) {
      case NOP:
      case ROT_TWO:
      case ROT_THREE:
      case ROT_FOUR:
      case UNARY_POSITIVE:
      case UNARY_NEGATIVE:
      case UNARY_NOT:
      case UNARY_INVERT:
      case GET_ITER:
      case GET_YIELD_FROM_ITER:
      case LIST_TO_TUPLE:
      case YIELD_VALUE:
      case POP_BLOCK:
      case DELETE_NAME:
      case DELETE_GLOBAL:
      case DELETE_FAST:
      case DELETE_DEREF:
      case LOAD_ATTR:
      case JUMP_FORWARD:
      case JUMP_ABSOLUTE:
        return 0;
      case POP_TOP:
      case BINARY_MATRIX_MULTIPLY:
      case INPLACE_MATRIX_MULTIPLY:
      case BINARY_POWER:
      case BINARY_MULTIPLY:
      case BINARY_MODULO:
      case BINARY_ADD:
      case BINARY_SUBTRACT:
      case BINARY_SUBSCR:
      case BINARY_FLOOR_DIVIDE:
      case BINARY_TRUE_DIVIDE:
      case INPLACE_FLOOR_DIVIDE:
      case INPLACE_TRUE_DIVIDE:
      case INPLACE_ADD:
      case INPLACE_SUBTRACT:
      case INPLACE_MULTIPLY:
      case INPLACE_MODULO:
      case BINARY_LSHIFT:
      case BINARY_RSHIFT:
      case BINARY_AND:
      case BINARY_XOR:
      case BINARY_OR:
      case INPLACE_POWER:
      case INPLACE_LSHIFT:
      case INPLACE_RSHIFT:
      case INPLACE_AND:
      case INPLACE_XOR:
      case INPLACE_OR:
      case YIELD_FROM:
      case RETURN_VALUE:
      case POP_EXCEPT:
      case STORE_NAME:
      case STORE_GLOBAL:
      case STORE_FAST:
      case STORE_DEREF:
      case DELETE_ATTR:
      case COMPARE_OP:
      case IS_OP:
      case CONTAINS_OP:
      case IMPORT_NAME:
      case IMPORT_STAR:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case LIST_APPEND:
      case SET_ADD:
      case LIST_EXTEND:
      case SET_UPDATE:
      case DICT_MERGE:
      case DICT_UPDATE:
        return -1;
      case DUP_TOP:
      case LOAD_BUILD_CLASS:
      case LOAD_ASSERTION_ERROR:
      case WITH_EXCEPT_START:
      case LOAD_CONST:
      case LOAD_NAME:
      case LOAD_GLOBAL:
      case LOAD_FAST:
      case LOAD_CLOSURE:
      case LOAD_DEREF:
      case LOAD_CLASSDEREF:
      case IMPORT_FROM:
      case LOAD_METHOD:
        return 1;
      case DUP_TOP_TWO:
        return 2;
      case STORE_ATTR:
      case DELETE_SUBSCR:
      case JUMP_IF_NOT_EXC_MATCH:
      case MAP_ADD:
        return -2;
      case STORE_SUBSCR:
      case RERAISE:
        return -3;
      case UNPACK_SEQUENCE:
        return arg - 1;
      case UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
      case FOR_ITER:
        return jump ? -1 : 1;
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
      case SETUP_FINALLY:
        return jump ? HANDLER_PUSH : 0;
      case SETUP_WITH:
        return jump ? HANDLER_PUSH : 1;
      case BUILD_TUPLE:
      case BUILD_LIST:
      case BUILD_SET:
      case BUILD_STRING:
      case BUILD_SLICE:
        return 1 - arg;
      case BUILD_MAP:
        return 1 - 2 * arg;
      case BUILD_CONST_KEY_MAP:
        return -arg;
      case RAISE_VARARGS:
        return -arg;
      case CALL_FUNCTION:
        return -arg;
      case CALL_METHOD:
      case CALL_FUNCTION_KW:
        return -arg - 1;
      case CALL_FUNCTION_EX:
        return -1 - (arg & 1);
      case MAKE_FUNCTION:
        return -1 - Integer.bitCount(arg & 0x0f);
      case FORMAT_VALUE:
        return (arg & 0x04) != 0 ? -1 : 0;
      default:
        throw new IllegalArgumentException("no stack effect for " + name(op));
    }
  }
}
