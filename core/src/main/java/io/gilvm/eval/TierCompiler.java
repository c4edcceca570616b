package io.gilvm.eval;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFLT;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IF_ICMPEQ;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.LADD;
import static org.objectweb.asm.Opcodes.LCONST_0;
import static org.objectweb.asm.Opcodes.LCONST_1;
import static org.objectweb.asm.Opcodes.LLOAD;
import static org.objectweb.asm.Opcodes.LSTORE;
import static org.objectweb.asm.Opcodes.POP;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;
import static org.objectweb.asm.Opcodes.V17;

import io.gilvm.bytecode.Opcode;
import io.gilvm.object.PyCode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The compiled tier's translator: one code object's bytecode to one JVM class (a {@link
 * CompiledCode}) whose methods are the code object's instructions in sequence, each calling the
 * body the eval loop calls for it ({@link Insns}, {@link EvalSupport}), with the stack depths and
 * arguments as constants and jumps as JVM jumps. The instructions are cut into parts of {@link
 * #PART} instructions, one static method each, so that the JIT inlines the bodies into every part;
 * {@code run} dispatches from part to part (the value stack and the fast locals are the frame's, so
 * nothing but the pc passes between parts).
 *
 * <p>What stays exactly as in the eval loop, by construction:
 *
 * <ul>
 *   <li>the checkpoints: after each instruction the tail the opcode table's checkpoint class asks
 *       for ({@link Opcode#checkpoint}: the same read, at translation time), under either
 *       placement; a backward JUMP_ABSOLUTE is a checkpoint under both, a forward one under {@code
 *       every} only, as in the loop;
 *   <li>reference counts: the instruction bodies are the loop's own;
 *   <li>the frame: the value stack and fast locals stay the frame's arrays, {@code f.pc} is set
 *       where the loop sets it, and on an exception the frame gets the pc and sp the loop would
 *       have had (a table of "sites"), then goes through {@link EvalSupport#handleOrThrow}, whose
 *       block stack says where the handler is.
 * </ul>
 *
 * <p>Declined (the code stays interpreted): generators and coroutines; an instruction it does not
 * translate (YIELD_*, the async instructions); a stack depth that is not the same on every path; a
 * part larger than HotSpot compiles ({@link #MAX_METHOD_BYTES}).
 */
final class TierCompiler {
  private TierCompiler() {}

  /** The translation, or null and why not. */
  record Result(CompiledCode code, String reason) {}

  /** HotSpot does not JIT-compile a method with more bytecode than this (HugeMethodLimit). */
  static final int MAX_METHOD_BYTES = 8000;

  /**
   * Instructions per part. The code is cut into parts, each its own JVM method, because C2 stops
   * inlining into a method once it and what it inlined reach DesiredMethodLimit (8000 bytes of
   * bytecode): a function of a few hundred instructions in one method would call every instruction
   * body out of line. A part of this many instructions leaves room to inline them.
   */
  static final int PART = Integer.getInteger("gilvm.tier.part", 16);

  // A part method's locals (static: the compiled code object is its fourth argument).
  private static final int TS = 0;
  private static final int F = 1;
  private static final int ENTRY = 2;
  private static final int THIS = 3;
  private static final int STACK = 4;
  private static final int FAST = 5;
  private static final int CONSTS = 6;
  private static final int NAMES = 7;
  private static final int CO = 8;
  private static final int FLAGS = 9;
  private static final int SITE = 10;
  private static final int EXEC = 11; // a long: 11 and 12
  private static final int TARGET = 13;

  /** The package of the generated classes: the compiled code's own. */
  private static final String RT = "io/gilvm/eval/";

  private static final String TS_D = "Lio/gilvm/state/ThreadState;";
  private static final String F_D = "Lio/gilvm/eval/Frame;";
  private static final String OBJ_D = "Lio/gilvm/object/PyObject;";
  private static final String ARR_D = "[Lio/gilvm/object/PyObject;";
  private static final String CODE_D = "Lio/gilvm/object/PyCode;";
  private static final String STR_D = "Ljava/lang/String;";
  private static final String INSNS = "io/gilvm/eval/Insns";
  private static final String SUPPORT = "io/gilvm/eval/EvalSupport";
  private static final String TIER = "io/gilvm/eval/Tier";
  private static final String BASE = "io/gilvm/eval/CompiledCode";

  /** The exceptions the eval loop's one catch takes (Eval.interpret), in the same order. */
  private static final String[] CAUGHT = {
    "io/gilvm/object/PyException",
    "java/lang/IndexOutOfBoundsException",
    "java/lang/NullPointerException",
    "java/lang/NegativeArraySizeException",
    "java/lang/StackOverflowError",
    "java/lang/OutOfMemoryError",
  };

  /**
   * The instructions the eval loop hands to {@link EvalSupport#execute} with {@code f.pc} set to
   * the next instruction: translated as the same call. An opcode missing here (a new one, or one
   * for generators and coroutines) makes its code stay interpreted.
   */
  private static final int[] GENERIC = {
    Opcode.ROT_THREE,
    Opcode.ROT_FOUR,
    Opcode.DUP_TOP_TWO,
    Opcode.JUMP_IF_FALSE_OR_POP,
    Opcode.JUMP_IF_TRUE_OR_POP,
    Opcode.STORE_GLOBAL,
    Opcode.CALL_FUNCTION_KW,
    Opcode.CALL_FUNCTION_EX,
    Opcode.SETUP_FINALLY,
    Opcode.POP_BLOCK,
    Opcode.POP_EXCEPT,
    Opcode.UNARY_POSITIVE,
    Opcode.UNARY_NEGATIVE,
    Opcode.UNARY_INVERT,
    Opcode.UNARY_NOT,
    Opcode.IS_OP,
    Opcode.CONTAINS_OP,
    Opcode.STORE_SUBSCR,
    Opcode.DELETE_SUBSCR,
    Opcode.STORE_ATTR,
    Opcode.DELETE_ATTR,
    Opcode.LOAD_NAME,
    Opcode.STORE_NAME,
    Opcode.DELETE_NAME,
    Opcode.DELETE_GLOBAL,
    Opcode.DELETE_FAST,
    Opcode.LOAD_CLOSURE,
    Opcode.LOAD_DEREF,
    Opcode.LOAD_CLASSDEREF,
    Opcode.STORE_DEREF,
    Opcode.DELETE_DEREF,
    Opcode.BUILD_TUPLE,
    Opcode.BUILD_LIST,
    Opcode.BUILD_SET,
    Opcode.BUILD_MAP,
    Opcode.BUILD_CONST_KEY_MAP,
    Opcode.BUILD_STRING,
    Opcode.BUILD_SLICE,
    Opcode.LIST_APPEND,
    Opcode.SET_ADD,
    Opcode.MAP_ADD,
    Opcode.LIST_EXTEND,
    Opcode.SET_UPDATE,
    Opcode.DICT_UPDATE,
    Opcode.DICT_MERGE,
    Opcode.PRINT_EXPR,
    Opcode.GET_LEN,
    Opcode.MATCH_MAPPING,
    Opcode.MATCH_SEQUENCE,
    Opcode.MATCH_KEYS,
    Opcode.COPY_DICT_WITHOUT_KEYS,
    Opcode.MATCH_CLASS,
    Opcode.SETUP_ANNOTATIONS,
    Opcode.LIST_TO_TUPLE,
    Opcode.UNPACK_SEQUENCE,
    Opcode.UNPACK_EX,
    Opcode.JUMP_IF_NOT_EXC_MATCH,
    Opcode.RERAISE,
    Opcode.RAISE_VARARGS,
    Opcode.LOAD_ASSERTION_ERROR,
    Opcode.LOAD_BUILD_CLASS,
    Opcode.SETUP_WITH,
    Opcode.WITH_EXCEPT_START,
    Opcode.MAKE_FUNCTION,
    Opcode.IMPORT_NAME,
    Opcode.IMPORT_FROM,
    Opcode.IMPORT_STAR,
    Opcode.FORMAT_VALUE,
  };

  /** The instructions the eval loop runs inline, each translated to its {@link Insns} body. */
  private static final int[] INLINE = {
    Opcode.LOAD_FAST,
    Opcode.LOAD_CONST,
    Opcode.STORE_FAST,
    Opcode.NOP,
    Opcode.POP_TOP,
    Opcode.ROT_TWO,
    Opcode.DUP_TOP,
    Opcode.BINARY_ADD,
    Opcode.INPLACE_ADD,
    Opcode.BINARY_SUBTRACT,
    Opcode.INPLACE_SUBTRACT,
    Opcode.BINARY_MULTIPLY,
    Opcode.BINARY_MODULO,
    Opcode.BINARY_POWER,
    Opcode.BINARY_TRUE_DIVIDE,
    Opcode.BINARY_FLOOR_DIVIDE,
    Opcode.BINARY_LSHIFT,
    Opcode.BINARY_RSHIFT,
    Opcode.BINARY_AND,
    Opcode.BINARY_OR,
    Opcode.BINARY_XOR,
    Opcode.BINARY_MATRIX_MULTIPLY,
    Opcode.INPLACE_MULTIPLY,
    Opcode.INPLACE_MODULO,
    Opcode.INPLACE_POWER,
    Opcode.INPLACE_TRUE_DIVIDE,
    Opcode.INPLACE_FLOOR_DIVIDE,
    Opcode.INPLACE_LSHIFT,
    Opcode.INPLACE_RSHIFT,
    Opcode.INPLACE_AND,
    Opcode.INPLACE_OR,
    Opcode.INPLACE_XOR,
    Opcode.INPLACE_MATRIX_MULTIPLY,
    Opcode.COMPARE_OP,
    Opcode.POP_JUMP_IF_FALSE,
    Opcode.POP_JUMP_IF_TRUE,
    Opcode.JUMP_ABSOLUTE,
    Opcode.JUMP_FORWARD,
    Opcode.FOR_ITER,
    Opcode.GET_ITER,
    Opcode.LOAD_GLOBAL,
    Opcode.LOAD_ATTR,
    Opcode.BINARY_SUBSCR,
    Opcode.LOAD_METHOD,
    Opcode.CALL_METHOD,
    Opcode.CALL_FUNCTION,
    Opcode.RETURN_VALUE,
  };

  private static final boolean[] GENERIC_SET = set(GENERIC);
  private static final boolean[] INLINE_SET = set(INLINE);

  private static boolean[] set(int[] ops) {
    boolean[] s = new boolean[256];
    for (int op : ops) {
      s[op] = true;
    }
    return s;
  }

  /** Whether the compiled tier translates {@code op} (a test checks the table against this). */
  static boolean translates(int op) {
    return op >= 0 && op < 256 && (GENERIC_SET[op] || INLINE_SET[op]);
  }

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  static Result compile(PyCode co) {
    if (co.isGenerator()) {
      return new Result(null, "a generator or coroutine");
    }
    int[] code = co.code;
    int n = code.length / 2;
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    TreeSet<Integer> loopHeads = new TreeSet<>();
    TreeSet<Integer> handlers = new TreeSet<>();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    int limit = co.stacksize + 1;
    if (n == 0) {
      return new Result(null, "no instructions");
    }
    depth[0] = 0;
    work.push(0);
    while (!work.isEmpty()) {
      int at = work.pop();
      int op = code[at];
      int arg = code[at + 1];
      if (!translates(op)) {
        return new Result(
            null, "instruction " + Opcode.name(op) + " at " + at + " is not translated");
      }
      int d = depth[at / 2];
      int next = at + 2;
      String bad = null;
      if (Opcode.fallsThrough(op)) {
        bad = merge(depth, work, next, d + Opcode.stackEffect(op, arg, false), limit, n);
      }
      if (bad == null && Opcode.info(op).isJump()) {
        int target = Opcode.isRelativeJump(op) ? next + arg : arg;
        bad = merge(depth, work, target, d + Opcode.stackEffect(op, arg, true), limit, n);
        if (op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_WITH) {
          handlers.add(target);
        } else if (op == Opcode.JUMP_ABSOLUTE && target < next) {
          loopHeads.add(target);
        }
      }
      if (bad != null) {
        return new Result(null, bad + " after " + Opcode.name(op) + " at " + at);
      }
    }
    String name = RT + "Compiled$" + co.name.replaceAll("[^A-Za-z0-9_]", "_");
    Gen g = new Gen(co, depth, loopHeads, handlers, name);
    byte[] bytes;
    try {
      bytes = g.generate();
    } catch (RuntimeException e) {
      return new Result(null, "the class writer failed: " + e);
    }
    if (g.largestPart > MAX_METHOD_BYTES) {
      return new Result(
          null,
          "too large: a part of "
              + g.largestPart
              + " bytes of JVM code (HotSpot compiles at most "
              + MAX_METHOD_BYTES
              + ")");
    }
    try {
      MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
      CompiledCode c =
          (CompiledCode)
              hidden
                  .findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                  .invoke();
      c.sitePc = g.sitePc.stream().mapToInt(Integer::intValue).toArray();
      c.siteSp = g.siteSp.stream().mapToInt(Integer::intValue).toArray();
      c.describe =
          n
              + " instructions, "
              + g.codeSize
              + " bytes of JVM code in "
              + g.parts
              + " part"
              + (g.parts == 1 ? "" : "s");
      return new Result(c, null);
    } catch (Throwable e) {
      return new Result(null, "the JVM refused the class: " + e);
    }
  }

  /** Records depth d at offset target; a message when it disagrees or is out of bounds. */
  private static String merge(
      int[] depth, ArrayDeque<Integer> work, int target, int d, int limit, int n) {
    if (target < 0 || target / 2 >= n || (target & 1) != 0) {
      return "a jump out of the code";
    }
    if (d < 0 || d > limit) {
      return "stack depth " + d + " out of bounds";
    }
    int old = depth[target / 2];
    if (old == -1) {
      depth[target / 2] = d;
      work.push(target);
      return null;
    }
    return old == d ? null : "stack depth " + d + " and " + old + " meet at " + target;
  }

  /** The class writer for one code object. */
  private static final class Gen {
    final PyCode co;
    final int[] code;
    final int[] depth;
    final TreeSet<Integer> loopHeads;
    final TreeSet<Integer> handlers;
    final String name;
    final Label[] labels;
    final List<Integer> sitePc = new ArrayList<>();
    final List<Integer> siteSp = new ArrayList<>();
    MethodVisitor mv;
    int codeSize;
    int largestPart;
    int parts;

    /** The part each instruction (by index) is in; -1 for one never reached. */
    final int[] partOf;

    /** Each part's entries: where the dispatch may start it. */
    final List<TreeSet<Integer>> entries = new ArrayList<>();

    /** The part being written. */
    int part;

    Gen(
        PyCode co,
        int[] depth,
        TreeSet<Integer> loopHeads,
        TreeSet<Integer> handlers,
        String name) {
      this.co = co;
      this.code = co.code;
      this.depth = depth;
      this.loopHeads = loopHeads;
      this.handlers = handlers;
      this.name = name;
      this.labels = new Label[depth.length];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = new Label();
      }
      // Site 0: before any instruction (nothing can throw there).
      sitePc.add(0);
      siteSp.add(0);
      partOf = new int[depth.length];
      int count = 0;
      int k = -1;
      for (int i = 0; i < depth.length; i++) {
        if (depth[i] < 0) {
          partOf[i] = -1;
          continue;
        }
        if (k < 0 || count == PART) {
          k++;
          count = 0;
          entries.add(new TreeSet<>());
          entries.get(k).add(i * 2);
        }
        partOf[i] = k;
        count++;
      }
      parts = k + 1;
      // Entries: the code's start, loops' heads (a frame moving over from the interpreter),
      // handlers, and every instruction reached from another part.
      addEntry(0);
      loopHeads.forEach(this::addEntry);
      handlers.forEach(this::addEntry);
      for (int at = 0; at < code.length; at += 2) {
        if (depth[at / 2] < 0) {
          continue;
        }
        int op = code[at];
        int arg = code[at + 1];
        int next = at + 2;
        if (Opcode.fallsThrough(op) && next < code.length && partOf[next / 2] != partOf[at / 2]) {
          addEntry(next);
        }
        if (Opcode.info(op).isJump()) {
          int target = Opcode.isRelativeJump(op) ? next + arg : arg;
          if (partOf[target / 2] != partOf[at / 2]) {
            addEntry(target);
          }
        }
      }
    }

    private void addEntry(int pc) {
      entries.get(partOf[pc / 2]).add(pc);
    }

    byte[] generate() {
      ClassWriter cw =
          new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
              // Every local holds one type and the JVM stack is empty at every join: no merge
              // needs the class hierarchy (which the class writer's loader may not see).
              return "java/lang/Object";
            }
          };
      cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, BASE, null);
      cw.visitSource(co.filename, null);
      MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
      init.visitCode();
      init.visitVarInsn(ALOAD, 0);
      init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "()V", false);
      init.visitInsn(RETURN);
      init.visitMaxs(0, 0);
      init.visitEnd();

      run(cw);
      for (part = 0; part < parts; part++) {
        part(cw);
      }
      cw.visitEnd();
      return cw.toByteArray();
    }

    private static final String PART_D = "(" + TS_D + F_D + "IL" + BASE + ";)I";

    /**
     * {@code run}: the dispatch. Calls the part holding the entry, then the part holding where that
     * one left off, until one returns -1 (the frame returned; the value is in the frame).
     */
    private void run(ClassWriter cw) {
      mv = cw.visitMethod(0, "run", "(" + TS_D + F_D + "I)" + OBJ_D, null, null);
      mv.visitCode();
      // Locals: 0 this, 1 ts, 2 f, 3 pc.
      Label loop = new Label();
      Label done = new Label();
      mv.visitLabel(loop);
      mv.visitVarInsn(ILOAD, 3);
      mv.visitJumpInsn(IFLT, done);
      TreeSet<Integer> all = new TreeSet<>();
      entries.forEach(all::addAll);
      int[] keys = all.stream().mapToInt(Integer::intValue).toArray();
      Label[] calls = new Label[parts];
      Label[] targets = new Label[keys.length];
      for (int k = 0; k < parts; k++) {
        calls[k] = new Label();
      }
      for (int i = 0; i < keys.length; i++) {
        targets[i] = calls[partOf[keys[i] / 2]];
      }
      Label bad = new Label();
      mv.visitVarInsn(ILOAD, 3);
      mv.visitLookupSwitchInsn(bad, keys, targets);
      for (int k = 0; k < parts; k++) {
        mv.visitLabel(calls[k]);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitVarInsn(ILOAD, 3);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, name, "part" + k, PART_D, false);
        mv.visitVarInsn(ISTORE, 3);
        mv.visitJumpInsn(GOTO, loop);
      }
      mv.visitLabel(bad);
      mv.visitVarInsn(ILOAD, 3);
      mv.visitMethodInsn(INVOKESTATIC, TIER, "badEntry", "(I)Ljava/lang/RuntimeException;", false);
      mv.visitInsn(ATHROW);
      mv.visitLabel(done);
      mv.visitVarInsn(ALOAD, 2);
      mv.visitMethodInsn(INVOKESTATIC, TIER, "result", "(" + F_D + ")" + OBJ_D, false);
      mv.visitInsn(ARETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }

    /**
     * Part {@link #part}: its instructions, entered at one of its entries; returns where the code
     * goes on (another part's entry, or a handler after an exception), or -1 after a return.
     */
    private void part(ClassWriter cw) {
      mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "part" + part, PART_D, null, null);
      mv.visitCode();
      Label begin = new Label();
      mv.visitLabel(begin);
      prologue();
      Label start = new Label();
      Label end = new Label();
      Label[] catchEntries = new Label[CAUGHT.length];
      for (int i = 0; i < CAUGHT.length; i++) {
        catchEntries[i] = new Label();
        mv.visitTryCatchBlock(start, end, catchEntries[i], CAUGHT[i]);
      }
      switchTo(ENTRY, entries.get(part));
      mv.visitLabel(start);
      int last = -1;
      for (int at = 0; at < code.length; at += 2) {
        if (depth[at / 2] >= 0 && partOf[at / 2] == part) {
          mv.visitLabel(labels[at / 2]);
          instruction(at);
          last = at;
        }
      }
      // Falling off the part's last instruction: on to the next part.
      if (Opcode.fallsThrough(code[last]) && last + 2 < code.length) {
        exit(last + 2);
      }
      mv.visitLabel(end);
      // An exception: the interpreter's pc and sp for the site go into the frame, and the one
      // exception path finds the handler (then the dispatch goes on there) or rethrows.
      for (Label catchEntry : catchEntries) {
        mv.visitLabel(catchEntry);
        mv.visitVarInsn(ALOAD, TS);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitVarInsn(ILOAD, SITE);
        mv.visitVarInsn(LLOAD, EXEC);
        mv.visitMethodInsn(
            INVOKESTATIC,
            TIER,
            "onException",
            "(Ljava/lang/Throwable;" + TS_D + F_D + "L" + BASE + ";IJ)I",
            false);
        mv.visitInsn(IRETURN);
      }
      Label stop = new Label();
      mv.visitLabel(stop);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
      int size = stop.getOffset() - begin.getOffset();
      codeSize += size;
      largestPart = Math.max(largestPart, size);
    }

    /** Leaves the part for {@code target}: the instructions counted, the target returned. */
    private void exit(int target) {
      mv.visitVarInsn(ALOAD, TS);
      mv.visitVarInsn(LLOAD, EXEC);
      mv.visitMethodInsn(INVOKESTATIC, TIER, "count", "(" + TS_D + "J)V", false);
      push(target);
      mv.visitInsn(IRETURN);
    }

    private void prologue() {
      mv.visitVarInsn(ALOAD, F);
      mv.visitFieldInsn(GETFIELD, "io/gilvm/eval/Frame", "stack", ARR_D);
      mv.visitVarInsn(ASTORE, STACK);
      mv.visitVarInsn(ALOAD, F);
      mv.visitFieldInsn(GETFIELD, "io/gilvm/eval/Frame", "fast", ARR_D);
      mv.visitVarInsn(ASTORE, FAST);
      mv.visitVarInsn(ALOAD, F);
      mv.visitFieldInsn(GETFIELD, "io/gilvm/eval/Frame", "code", CODE_D);
      mv.visitVarInsn(ASTORE, CO);
      mv.visitVarInsn(ALOAD, CO);
      mv.visitFieldInsn(GETFIELD, "io/gilvm/object/PyCode", "consts", ARR_D);
      mv.visitVarInsn(ASTORE, CONSTS);
      mv.visitVarInsn(ALOAD, CO);
      mv.visitFieldInsn(GETFIELD, "io/gilvm/object/PyCode", "names", "[" + STR_D);
      mv.visitVarInsn(ASTORE, NAMES);
      mv.visitVarInsn(ALOAD, TS);
      mv.visitMethodInsn(INVOKESTATIC, TIER, "flags", "(" + TS_D + ")I", false);
      mv.visitVarInsn(ISTORE, FLAGS);
      mv.visitInsn(ICONST_0);
      mv.visitVarInsn(ISTORE, SITE);
      mv.visitInsn(ICONST_0);
      mv.visitVarInsn(ISTORE, TARGET);
      mv.visitInsn(LCONST_0);
      mv.visitVarInsn(LSTORE, EXEC);
    }

    /** A switch on an int local to the labels of {@code offsets}; anything else is a bug. */
    private void switchTo(int local, TreeSet<Integer> offsets) {
      int[] keys = offsets.stream().mapToInt(Integer::intValue).toArray();
      Label[] targets = new Label[keys.length];
      for (int i = 0; i < keys.length; i++) {
        targets[i] = labels[keys[i] / 2];
      }
      Label bad = new Label();
      mv.visitVarInsn(ILOAD, local);
      mv.visitLookupSwitchInsn(bad, keys, targets);
      mv.visitLabel(bad);
      mv.visitVarInsn(ILOAD, local);
      mv.visitMethodInsn(INVOKESTATIC, TIER, "badEntry", "(I)Ljava/lang/RuntimeException;", false);
      mv.visitInsn(ATHROW);
    }

    private void push(int v) {
      if (v >= -1 && v <= 5) {
        mv.visitInsn(ICONST_0 + v);
      } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
        mv.visitIntInsn(BIPUSH, v);
      } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
        mv.visitIntInsn(SIPUSH, v);
      } else {
        mv.visitLdcInsn(v);
      }
    }

    /** From here on, an exception is taken with the frame at {@code pc} and {@code sp}. */
    private void site(int pc, int sp) {
      int k = sitePc.size();
      sitePc.add(pc);
      siteSp.add(sp);
      push(k);
      mv.visitVarInsn(ISTORE, SITE);
    }

    /** The eval loop's count of executed instructions (--stats). */
    private void count() {
      mv.visitVarInsn(LLOAD, EXEC);
      mv.visitInsn(LCONST_1);
      mv.visitInsn(LADD);
      mv.visitVarInsn(LSTORE, EXEC);
    }

    /**
     * The eval loop's tail after instruction {@code op} at {@code at}, which left the frame at
     * {@code pc}, {@code sp}: the checkpoint its class in the opcode table asks for, then the
     * release of what it kept alive under object locks.
     */
    private void tail(int op, int at, int pc, int sp) {
      count();
      site(pc, sp);
      String helper;
      switch (Opcode.checkpoint(op)) {
        case Opcode.CP_NEVER -> helper = "afterNever";
        case Opcode.CP_CALL -> helper = "afterCall";
        case Opcode.CP_BACKWARD_JUMP -> helper = pc <= at ? "afterCall" : "afterEvery";
        default -> helper = "afterEvery";
      }
      mv.visitVarInsn(ALOAD, TS);
      mv.visitVarInsn(ALOAD, F);
      mv.visitVarInsn(ILOAD, FLAGS);
      mv.visitMethodInsn(INVOKESTATIC, TIER, helper, "(" + TS_D + F_D + "I)V", false);
    }

    private void insns(String method, String desc) {
      mv.visitMethodInsn(INVOKESTATIC, INSNS, method, desc, false);
    }

    private void name(int arg) {
      mv.visitVarInsn(ALOAD, NAMES);
      push(arg);
      mv.visitInsn(AALOAD);
    }

    private void jump(int target) {
      if (partOf[target / 2] == part) {
        mv.visitJumpInsn(GOTO, labels[target / 2]);
      } else {
        exit(target);
      }
    }

    private void instruction(int at) {
      int op = code[at];
      int arg = code[at + 1];
      int d = depth[at / 2];
      int next = at + 2;
      switch (op) {
        case Opcode.NOP -> count();
        case Opcode.LOAD_FAST -> {
          site(next, d);
          load(TS, CO, FAST, STACK);
          push(d);
          push(arg);
          insns("loadFast", "(" + TS_D + CODE_D + ARR_D + ARR_D + "II)I");
          mv.visitInsn(POP);
          count();
        }
        case Opcode.LOAD_CONST -> {
          site(next, d);
          load(TS, CONSTS, STACK);
          push(d);
          push(arg);
          insns("loadConst", "(" + TS_D + ARR_D + ARR_D + "II)I");
          mv.visitInsn(POP);
          count();
        }
        case Opcode.STORE_FAST -> {
          site(next, d);
          load(TS, FAST, STACK);
          push(d);
          push(arg);
          insns("storeFast", "(" + TS_D + ARR_D + ARR_D + "II)I");
          mv.visitInsn(POP);
          count();
        }
        case Opcode.RETURN_VALUE -> {
          site(next, d);
          load(TS, F, STACK);
          push(d);
          push(next);
          insns("returnValue", "(" + TS_D + F_D + ARR_D + "II)" + OBJ_D);
          mv.visitVarInsn(ALOAD, TS);
          mv.visitVarInsn(LLOAD, EXEC);
          mv.visitMethodInsn(INVOKESTATIC, TIER, "count", "(" + TS_D + "J)V", false);
          mv.visitVarInsn(ALOAD, F);
          mv.visitMethodInsn(INVOKESTATIC, TIER, "returned", "(" + OBJ_D + F_D + ")I", false);
          mv.visitInsn(IRETURN);
        }
        case Opcode.JUMP_FORWARD -> {
          int target = next + arg;
          tail(op, at, target, d);
          jump(target);
        }
        case Opcode.JUMP_ABSOLUTE -> {
          if (arg < next) {
            site(next, d);
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            mv.visitMethodInsn(INVOKESTATIC, TIER, "loopBackEdge", "(" + TS_D + F_D + ")V", false);
          }
          tail(op, at, arg, d);
          jump(arg);
        }
        case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE -> {
          site(next, d);
          setPc(next);
          load(TS, STACK);
          push(d);
          insns("popTruth", "(" + TS_D + ARR_D + "I)Z");
          Label fall = new Label();
          mv.visitJumpInsn(op == Opcode.POP_JUMP_IF_TRUE ? IFEQ : IFNE, fall);
          tail(op, at, arg, d - 1);
          jump(arg);
          mv.visitLabel(fall);
          tail(op, at, next, d - 1);
        }
        case Opcode.FOR_ITER -> {
          int target = next + arg;
          site(next, d);
          setPc(next);
          load(TS, STACK);
          push(d);
          insns("forIter", "(" + TS_D + ARR_D + "I)Z");
          Label done = new Label();
          mv.visitJumpInsn(IFEQ, done);
          tail(op, at, next, d + 1);
          jump(next);
          mv.visitLabel(done);
          tail(op, at, target, d - 1);
          jump(target);
        }
        default -> {
          if (INLINE_SET[op]) {
            // What the instruction calls may look at this frame's line (a traceback, a
            // sys._getframe from inside a called function): f.pc says where it stands.
            setPc(next);
            inline(op, arg, at, d);
            tail(op, at, next, d + Opcode.stackEffect(op, arg, false));
          } else {
            generic(op, arg, at, d);
          }
        }
      }
    }

    private void load(int... locals) {
      for (int l : locals) {
        mv.visitVarInsn(ALOAD, l);
      }
    }

    /** An instruction the eval loop runs inline, without a jump: its body, result dropped. */
    private void inline(int op, int arg, int at, int d) {
      int next = at + 2;
      site(next, d);
      switch (op) {
        case Opcode.POP_TOP -> {
          load(TS, STACK);
          push(d);
          insns("popTop", "(" + TS_D + ARR_D + "I)I");
        }
        case Opcode.ROT_TWO -> {
          load(STACK);
          push(d);
          insns("rotTwo", "(" + ARR_D + "I)I");
        }
        case Opcode.DUP_TOP -> {
          load(TS, STACK);
          push(d);
          insns("dupTop", "(" + TS_D + ARR_D + "I)I");
        }
        case Opcode.BINARY_ADD, Opcode.INPLACE_ADD -> {
          load(TS, FAST, STACK);
          push(d);
          push(op == Opcode.INPLACE_ADD ? 1 : 0);
          push(next < code.length && code[next] == Opcode.STORE_FAST ? code[next + 1] : -1);
          insns("add", "(" + TS_D + ARR_D + ARR_D + "IZI)I");
        }
        case Opcode.BINARY_SUBTRACT, Opcode.INPLACE_SUBTRACT -> {
          load(TS, STACK);
          push(d);
          push(op == Opcode.INPLACE_SUBTRACT ? 1 : 0);
          insns("subtract", "(" + TS_D + ARR_D + "IZ)I");
        }
        case Opcode.COMPARE_OP -> {
          load(TS, STACK);
          push(d);
          push(arg);
          insns("compareOp", "(" + TS_D + ARR_D + "II)I");
        }
        case Opcode.GET_ITER -> {
          load(TS, STACK);
          push(d);
          insns("getIter", "(" + TS_D + ARR_D + "I)I");
        }
        case Opcode.LOAD_GLOBAL -> {
          load(TS, F, STACK);
          push(d);
          name(arg);
          push(at);
          insns("loadGlobal", "(" + TS_D + F_D + ARR_D + "I" + STR_D + "I)I");
        }
        case Opcode.LOAD_ATTR -> {
          load(TS, F, STACK);
          push(d);
          name(arg);
          push(at);
          insns("loadAttr", "(" + TS_D + F_D + ARR_D + "I" + STR_D + "I)I");
        }
        case Opcode.BINARY_SUBSCR -> {
          load(TS, STACK);
          push(d);
          insns("binarySubscr", "(" + TS_D + ARR_D + "I)I");
        }
        case Opcode.LOAD_METHOD -> {
          load(TS, F, STACK);
          push(d);
          name(arg);
          push(at);
          insns("loadMethod", "(" + TS_D + F_D + ARR_D + "I" + STR_D + "I)I");
        }
        case Opcode.CALL_METHOD -> {
          load(TS, STACK);
          push(d);
          push(arg);
          insns("callMethod", "(" + TS_D + ARR_D + "II)I");
        }
        case Opcode.CALL_FUNCTION -> {
          load(TS, STACK);
          push(d);
          push(arg);
          insns("callFunction", "(" + TS_D + ARR_D + "II)I");
        }
        default -> {
          // The other binary operators: their body, with the opcode a constant.
          load(TS, STACK);
          push(d);
          push(op);
          insns("binaryOp", "(" + TS_D + ARR_D + "II)I");
        }
      }
      mv.visitInsn(POP);
    }

    /** {@code f.pc = pc}. */
    private void setPc(int pc) {
      mv.visitVarInsn(ALOAD, F);
      push(pc);
      mv.visitFieldInsn(PUTFIELD, "io/gilvm/eval/Frame", "pc", "I");
    }

    /** An instruction the eval loop hands to EvalSupport.execute, with f.pc at the next one. */
    private void generic(int op, int arg, int at, int d) {
      int next = at + 2;
      site(next, d);
      mv.visitVarInsn(ALOAD, F);
      push(next);
      mv.visitFieldInsn(PUTFIELD, "io/gilvm/eval/Frame", "pc", "I");
      switch (op) {
        // Bodies EvalSupport.execute's switch calls too: called directly, without its dispatch.
        case Opcode.STORE_SUBSCR -> {
          load(TS, STACK);
          push(d);
          insns("storeSubscr", "(" + TS_D + ARR_D + "I)I");
        }
        case Opcode.IS_OP, Opcode.UNPACK_SEQUENCE -> {
          load(TS, STACK);
          push(d);
          push(arg);
          insns(op == Opcode.IS_OP ? "isOp" : "unpackSequence", "(" + TS_D + ARR_D + "II)I");
        }
        case Opcode.STORE_ATTR -> {
          load(TS, F, STACK);
          push(d);
          name(arg);
          push(at);
          insns("storeAttr", "(" + TS_D + F_D + ARR_D + "I" + STR_D + "I)I");
        }
        default -> {
          load(TS, F, STACK);
          push(d);
          push(op);
          push(arg);
          mv.visitMethodInsn(
              INVOKESTATIC, SUPPORT, "execute", "(" + TS_D + F_D + ARR_D + "III)I", false);
        }
      }
      mv.visitInsn(POP);
      switch (op) {
        case Opcode.RAISE_VARARGS, Opcode.RERAISE -> {
          // They always throw.
          push(at);
          mv.visitMethodInsn(
              INVOKESTATIC, TIER, "badEntry", "(I)Ljava/lang/RuntimeException;", false);
          mv.visitInsn(ATHROW);
        }
        case Opcode.JUMP_IF_FALSE_OR_POP,
            Opcode.JUMP_IF_TRUE_OR_POP,
            Opcode.JUMP_IF_NOT_EXC_MATCH -> {
          // The body jumped when it moved f.pc.
          Label fall = new Label();
          mv.visitVarInsn(ALOAD, F);
          mv.visitFieldInsn(GETFIELD, "io/gilvm/eval/Frame", "pc", "I");
          push(next);
          mv.visitJumpInsn(IF_ICMPEQ, fall);
          tail(op, at, arg, d + Opcode.stackEffect(op, arg, true));
          jump(arg);
          mv.visitLabel(fall);
          tail(op, at, next, d + Opcode.stackEffect(op, arg, false));
        }
        default -> tail(op, at, next, d + Opcode.stackEffect(op, arg, false));
      }
    }
  }
}
