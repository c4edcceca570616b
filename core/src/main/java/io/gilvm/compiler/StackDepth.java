package io.gilvm.compiler;

import io.gilvm.bytecode.Opcode;

/**
 * The deepest the value stack gets, found by following every path from the first instruction
 * (jumps, fall-throughs, and exception handlers entered with the block level plus the four values
 * the VM pushes), as CPython's stackdepth() does, with each instruction's effect read from the
 * opcode table. The frame's stack is allocated from this number, so an under-estimate is a VM
 * crash: inconsistent depths are reported as errors.
 */
final class StackDepth {
  private StackDepth() {}

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
        int d = depth + Opcode.stackEffect(op, args[i], false);
        max = Math.max(max, d);
        if (targets[i] >= 0) {
          int t = depth + Opcode.stackEffect(op, args[i], true);
          max = Math.max(max, t);
          if (push(start, targets[i], t)) {
            work[sp++] = targets[i];
          }
        }
        if (d < 0) {
          throw new IllegalStateException("stack underflow at instruction " + i);
        }
        depth = d;
        if (!Opcode.fallsThrough(op)) {
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
}
