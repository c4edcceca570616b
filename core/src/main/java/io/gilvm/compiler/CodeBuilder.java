package io.gilvm.compiler;

import static io.gilvm.bytecode.Opcode.*;

import io.gilvm.object.PyCode;
import io.gilvm.object.PyObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructions of one code object as they are emitted, with labels for jumps, the current
 * source line, and the constant, name and variable tables; {@link #assemble} resolves the labels,
 * computes the stack size, runs the peephole pass and builds the {@link PyCode}.
 *
 * <p>Like CPython's compiler it tracks whether the current basic block has returned, which decides
 * whether a code object needs the implicit {@code return None}, and it can be told to emit nothing
 * (while compiling code under {@code if 0:} that CPython checks but does not emit).
 */
final class CodeBuilder {
  /** A jump target; bound to an instruction index once its position is known. */
  static final class Label {
    int index = -1;
  }

  private int[] ops = new int[32];
  private int[] args = new int[32];
  private int[] lines = new int[32];
  private Label[] targets = new Label[32];
  private int count;

  /** The source line given to the next instruction; 0 until the first statement sets one. */
  int line;

  /**
   * The rest of the next instruction's source position (PEP 657), packed by {@link
   * io.gilvm.object.PyCode#span}: the end line, the start and end columns of the node it is
   * compiled from; -1 when unknown.
   */
  long span = -1;

  private long[] spans = new long[32];

  /** While positive, nothing is emitted (code CPython compiles for errors only). */
  int suppress;

  private boolean blockReturns;

  private final List<Object> constValues = new ArrayList<>();
  private final List<PyObject> consts = new ArrayList<>();
  private final Map<Object, Integer> constIndex = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndex = new HashMap<>();
  private final List<String> varnames = new ArrayList<>();
  private final Map<String, Integer> varnameIndex = new HashMap<>();
  final List<String> cellvars;
  final List<String> freevars;

  CodeBuilder(List<String> params, List<String> cellvars, List<String> freevars) {
    for (String p : params) {
      varname(p);
    }
    this.cellvars = cellvars;
    this.freevars = freevars;
  }

  // ---------------------------------------------------------------- emitting

  void emit(int op) {
    emit(op, 0, null);
  }

  void emit(int op, int arg) {
    emit(op, arg, null);
  }

  void jump(int op, Label target) {
    emit(op, 0, target);
  }

  private void emit(int op, int arg, Label target) {
    if (suppress > 0) {
      return;
    }
    if (count == ops.length) {
      int n = count * 2;
      ops = Arrays.copyOf(ops, n);
      args = Arrays.copyOf(args, n);
      lines = Arrays.copyOf(lines, n);
      spans = Arrays.copyOf(spans, n);
      targets = Arrays.copyOf(targets, n);
    }
    ops[count] = op;
    args[count] = arg;
    lines[count] = line;
    spans[count] = span;
    targets[count] = target;
    count++;
    if (op == RETURN_VALUE) {
      blockReturns = true;
    }
  }

  void loadConst(Object value) {
    if (suppress == 0) {
      emit(LOAD_CONST, addConst(value));
    }
  }

  /** Emits an instruction whose argument is an index into co_names. */
  void emitName(int op, String name) {
    if (suppress == 0) {
      emit(op, name(name));
    }
  }

  /** Emits an instruction whose argument is an index into co_varnames. */
  void emitFast(int op, String name) {
    if (suppress == 0) {
      emit(op, varname(name));
    }
  }

  /** Places a label here: the next instruction starts a new basic block. */
  void bind(Label label) {
    label.index = count;
    blockReturns = false;
  }

  /** Starts a new basic block without a label (after a jump that does not fall through). */
  void nextBlock() {
    blockReturns = false;
  }

  boolean blockReturns() {
    return blockReturns;
  }

  // ---------------------------------------------------------------- tables

  /** The index of a constant (a Java constant value or a code object), added if new. */
  int addConst(Object value) {
    Object key = ConstValue.key(value);
    Integer i = constIndex.get(key);
    if (i != null) {
      return i;
    }
    int index = consts.size();
    constIndex.put(key, index);
    constValues.add(value);
    consts.add(ConstValue.toPy(value));
    return index;
  }

  int name(String name) {
    Integer i = nameIndex.get(name);
    if (i != null) {
      return i;
    }
    nameIndex.put(name, names.size());
    names.add(name);
    return names.size() - 1;
  }

  int varname(String name) {
    Integer i = varnameIndex.get(name);
    if (i != null) {
      return i;
    }
    varnameIndex.put(name, varnames.size());
    varnames.add(name);
    return varnames.size() - 1;
  }

  /** The LOAD_DEREF-family index of a cell (cells first) or free variable; -1 if neither. */
  int derefIndex(String name, boolean cell) {
    if (cell) {
      return cellvars.indexOf(name);
    }
    int i = freevars.indexOf(name);
    return i < 0 ? -1 : cellvars.size() + i;
  }

  // ---------------------------------------------------------------- assembly

  PyCode assemble(
      String name,
      String qualname,
      String filename,
      int firstLineNo,
      int argcount,
      int posonlyargcount,
      int kwonlyargcount,
      int flags) {
    int n = count;
    int[] op = Arrays.copyOf(ops, n);
    int[] arg = Arrays.copyOf(args, n);
    int[] line = new int[n];
    int[] target = new int[n];
    int last = firstLineNo;
    for (int i = 0; i < n; i++) {
      // An instruction emitted before any line was set belongs to the line before it.
      last = lines[i] != 0 ? lines[i] : last;
      line[i] = last;
      target[i] = targets[i] == null ? -1 : targets[i].index;
      if (targets[i] != null && targets[i].index < 0) {
        throw new IllegalStateException("unbound label in " + qualname);
      }
    }
    int stacksize = StackDepth.compute(op, arg, target, n);
    for (int i = 0; i < n; i++) {
      if (target[i] >= 0) {
        arg[i] = isRelativeJump(op[i]) ? 2 * (target[i] - i - 1) : 2 * target[i];
      }
    }
    Peephole.Result r =
        Peephole.optimize(
            op,
            arg,
            line,
            Arrays.copyOf(spans, n),
            firstLineNo,
            new Peephole.Constants() {
              @Override
              public boolean isTrue(int index) {
                return ConstValue.isTrue(constValues.get(index));
              }

              @Override
              public int appendTuple(int[] indices) {
                List<Object> items = new ArrayList<>(indices.length);
                for (int k : indices) {
                  items.add(constValues.get(k));
                }
                Object tuple = new ConstValue.Tuple(items);
                constValues.add(tuple);
                consts.add(ConstValue.toPy(tuple));
                return consts.size() - 1;
              }
            });
    int[] code = new int[r.ops().length * 2];
    for (int i = 0; i < r.ops().length; i++) {
      code[2 * i] = r.ops()[i];
      code[2 * i + 1] = r.args()[i];
    }
    return new PyCode(
        name,
        qualname,
        filename,
        firstLineNo,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        varnames.toArray(new String[0]),
        cellvars.toArray(new String[0]),
        freevars.toArray(new String[0]),
        names.toArray(new String[0]),
        consts.toArray(new PyObject[0]),
        code,
        r.lines(),
        r.spans(),
        stacksize);
  }
}
