package io.gilvm.bytecode;

/**
 * The instruction set: CPython 3.9's names, numbers and stack effects, so that {@code dis} reads
 * like CPython's and the instruction boundaries where a lock can switch are the ones the GIL
 * literature talks about.
 *
 * <p>Encoding: a code array of ints, two per instruction ({@code op, arg}); an instruction's offset
 * is its index in that array, so offsets go 0, 2, 4 as in CPython's wordcode. Arguments are never
 * split with EXTENDED_ARG. Jumps: FOR_ITER, JUMP_FORWARD, SETUP_FINALLY and SETUP_WITH take a delta
 * from the next instruction's offset; every other jump takes an absolute offset.
 *
 * <p>Stack notation below: {@code [a, b] -> [c]} with the top on the right. "Owned": every value on
 * the stack owns one reference.
 *
 * <p>Exception handling (3.9's block stack, with one simplification: the previously handled
 * exception is saved in one slot, not three):
 *
 * <ul>
 *   <li>SETUP_FINALLY pushes a block {handler, stack level}. POP_BLOCK pops it.
 *   <li>When an exception is raised, the VM pops blocks: an EXCEPT_HANDLER block is unwound by
 *       truncating the stack to its level + 1, popping the saved exception into the thread's
 *       "handled exception" (sys.exc_info) and continuing; a SETUP_FINALLY block is taken: the
 *       stack is truncated to its level, an EXCEPT_HANDLER block is pushed at that level, then the
 *       VM pushes the previously handled exception (or None), then {@code tb} (the exception's
 *       traceback object), {@code value} (the exception) and {@code type} (its class), sets the
 *       handled exception to the new one, and jumps to the handler. Stack at the handler: {@code
 *       [..., prev, tb, value, type]}.
 *   <li>POP_EXCEPT pops the EXCEPT_HANDLER block and the {@code prev} slot (which must then be on
 *       top), restoring the handled exception from it.
 *   <li>RERAISE pops {@code type, value, tb} and raises {@code value} again, keeping its traceback.
 * </ul>
 */
public final class Opcode {
  private Opcode() {}

  /** [a] -> []. */
  public static final int POP_TOP = 1;

  /** [a, b] -> [b, a]. */
  public static final int ROT_TWO = 2;

  /** [a, b, c] -> [c, a, b]. */
  public static final int ROT_THREE = 3;

  /** [a] -> [a, a]. */
  public static final int DUP_TOP = 4;

  /** [a, b] -> [a, b, a, b]. */
  public static final int DUP_TOP_TWO = 5;

  /** [a, b, c, d] -> [d, a, b, c]. */
  public static final int ROT_FOUR = 6;

  /** [x1, ..., xn] -> [xn, x1, ..., xn-1]: the top goes down to depth n (match captures). */
  public static final int ROT_N = 99;

  public static final int NOP = 9;

  /** [a] -> [+a] (and NEGATIVE, NOT, INVERT likewise). */
  public static final int UNARY_POSITIVE = 10;

  public static final int UNARY_NEGATIVE = 11;
  public static final int UNARY_NOT = 12;
  public static final int UNARY_INVERT = 15;

  /** [a, b] -> [a @ b] (and every BINARY_ and INPLACE_ operator likewise). */
  public static final int BINARY_MATRIX_MULTIPLY = 16;

  public static final int INPLACE_MATRIX_MULTIPLY = 17;
  public static final int BINARY_POWER = 19;
  public static final int BINARY_MULTIPLY = 20;
  public static final int BINARY_MODULO = 22;
  public static final int BINARY_ADD = 23;
  public static final int BINARY_SUBTRACT = 24;

  /** [a, i] -> [a[i]]. */
  public static final int BINARY_SUBSCR = 25;

  public static final int BINARY_FLOOR_DIVIDE = 26;
  public static final int BINARY_TRUE_DIVIDE = 27;
  public static final int INPLACE_FLOOR_DIVIDE = 28;
  public static final int INPLACE_TRUE_DIVIDE = 29;

  /** [o] -> [o, len(o)] (match statements). */
  public static final int GET_LEN = 30;

  /** [o] -> [o, whether o is a mapping] (match statements). */
  public static final int MATCH_MAPPING = 31;

  /** [o] -> [o, whether o is a sequence other than str, bytes and bytearray]. */
  public static final int MATCH_SEQUENCE = 32;

  /** [o, keys] -> [o, keys, (o[k] for k in keys) or None when a key is missing]. */
  public static final int MATCH_KEYS = 33;

  /** [o, keys] -> [o, a dict of o's items without keys] (a mapping pattern's **rest). */
  public static final int COPY_DICT_WITHOUT_KEYS = 34;

  /**
   * [exc, type] -> [rest, match] (except*): match is the part of exc that {@code type} matches (a
   * naked exception wrapped in a group), or None; rest is what is left, or None. A match becomes
   * the handled exception.
   */
  public static final int CHECK_EG_MATCH = 37;

  /**
   * [orig, list] -> [exc or None] (end of except*): the exception group to raise from the one being
   * handled and the list of what its handlers raised and left unhandled.
   */
  public static final int PREP_RERAISE_STAR = 88;

  /** [type, value, tb] -> raises value again (see the class comment). */
  public static final int RERAISE = 48;

  /**
   * [exit, prev, tb, value, type] -> [exit, prev, tb, value, type, exit(type, value, tb)]: calls
   * the {@code __exit__} saved by SETUP_WITH with the exception being handled.
   */
  public static final int WITH_EXCEPT_START = 49;

  /** [o] -> [o.__aiter__()] (async for). */
  public static final int GET_AITER = 50;

  /** [aiter] -> [aiter, awaitable of aiter.__anext__()] (async for). */
  public static final int GET_ANEXT = 51;

  /** [mgr] -> [bound mgr.__aexit__, mgr.__aenter__()] (async with). */
  public static final int BEFORE_ASYNC_WITH = 52;

  /**
   * At an async for's handler, [aiter, prev, tb, value, type]: when the exception is
   * StopAsyncIteration, ends the handler and the loop (-> []); otherwise raises it again.
   */
  public static final int END_ASYNC_FOR = 54;

  public static final int INPLACE_ADD = 55;
  public static final int INPLACE_SUBTRACT = 56;
  public static final int INPLACE_MULTIPLY = 57;
  public static final int INPLACE_MODULO = 59;

  /** [v, a, i] -> [] with a[i] = v. */
  public static final int STORE_SUBSCR = 60;

  /** [a, i] -> [] with del a[i]. */
  public static final int DELETE_SUBSCR = 61;

  public static final int BINARY_LSHIFT = 62;
  public static final int BINARY_RSHIFT = 63;
  public static final int BINARY_AND = 64;
  public static final int BINARY_XOR = 65;
  public static final int BINARY_OR = 66;
  public static final int INPLACE_POWER = 67;

  /** [a] -> [iter(a)]. */
  public static final int GET_ITER = 68;

  /** [a] -> [iter(a)], except that a generator stays itself. */
  public static final int GET_YIELD_FROM_ITER = 69;

  /** [v] -> [] printing repr(v) unless v is None, and setting builtins._ (mode "single"). */
  public static final int PRINT_EXPR = 70;

  /** [] -> [__build_class__]. */
  public static final int LOAD_BUILD_CLASS = 71;

  /**
   * [iter, v] -> [iter] and yields what iter yields, until it is exhausted; then -> [result] (the
   * subiterator's return value) and execution continues after this instruction. The compiler emits
   * {@code GET_YIELD_FROM_ITER; LOAD_CONST None; YIELD_FROM}.
   */
  public static final int YIELD_FROM = 72;

  /** [o] -> [what await o iterates: a coroutine, or o.__await__()]. */
  public static final int GET_AWAITABLE = 73;

  /** [] -> [AssertionError]. */
  public static final int LOAD_ASSERTION_ERROR = 74;

  public static final int INPLACE_LSHIFT = 75;
  public static final int INPLACE_RSHIFT = 76;
  public static final int INPLACE_AND = 77;
  public static final int INPLACE_XOR = 78;
  public static final int INPLACE_OR = 79;

  /** [list] -> [tuple(list)]. */
  public static final int LIST_TO_TUPLE = 82;

  /** [v] -> returns v from the frame. */
  public static final int RETURN_VALUE = 83;

  /**
   * [module] -> [] ({@code from module import *}): binds the module's public names (its {@code
   * __all__}, else every name not starting with an underscore) in the frame's locals.
   */
  public static final int IMPORT_STAR = 84;

  /** Makes {@code __annotations__} an empty dict in the locals, unless it is there already. */
  public static final int SETUP_ANNOTATIONS = 85;

  /** [v] -> yields v; when resumed, -> [sent value] (None for next()). */
  public static final int YIELD_VALUE = 86;

  /** Pops the top block. */
  public static final int POP_BLOCK = 87;

  /** Pops the EXCEPT_HANDLER block and [prev] (see the class comment). */
  public static final int POP_EXCEPT = 89;

  /** Opcodes at or above this take their argument. */
  public static final int HAVE_ARGUMENT = 90;

  /** [v] -> [] with names[arg] = v in the frame's locals dict (module or class body). */
  public static final int STORE_NAME = 90;

  public static final int DELETE_NAME = 91;

  /** [seq] -> [seq[arg-1], …, seq[0]] (top is the first item); ValueError on a wrong length. */
  public static final int UNPACK_SEQUENCE = 92;

  /** [iter] -> [iter, next(iter)]; when exhausted pops iter and jumps by delta arg. */
  public static final int FOR_ITER = 93;

  /**
   * [seq] -> [list of the rest…, items] for {@code a, *b, c = seq}: arg low byte = names before the
   * star, high byte (arg >> 8) = names after; pushes after-items, the list, then before-items so
   * that the first target is on top.
   */
  public static final int UNPACK_EX = 94;

  /** [v, o] -> [] with o.names[arg] = v. */
  public static final int STORE_ATTR = 95;

  /** [o] -> [] with del o.names[arg]. */
  public static final int DELETE_ATTR = 96;

  public static final int STORE_GLOBAL = 97;
  public static final int DELETE_GLOBAL = 98;

  /** [] -> [consts[arg]]. */
  public static final int LOAD_CONST = 100;

  /**
   * [o, cls, names] -> [attributes or None]: when o is an instance of cls, the tuple of its arg
   * positional attributes (by cls.__match_args__) and then those named in the tuple names.
   */
  public static final int MATCH_CLASS = 152;

  /**
   * [exit, enter_result] -> the same, pushing a SETUP_FINALLY block (handler at next + arg) whose
   * level is just above exit, as SETUP_WITH does (async with).
   */
  public static final int SETUP_ASYNC_WITH = 154;

  /** [] -> [value of names[arg]]: locals dict, then globals, then builtins. */
  public static final int LOAD_NAME = 101;

  /** [a1 … an] -> [(a1, …, an)] with n = arg (and LIST, SET likewise). */
  public static final int BUILD_TUPLE = 102;

  public static final int BUILD_LIST = 103;
  public static final int BUILD_SET = 104;

  /** [k1, v1, … kn, vn] -> [{k1: v1, …}] with n = arg. */
  public static final int BUILD_MAP = 105;

  /** [o] -> [o.names[arg]]. */
  public static final int LOAD_ATTR = 106;

  /** [a, b] -> [a op b] with op = arg: 0 &lt;, 1 &lt;=, 2 ==, 3 !=, 4 &gt;, 5 &gt;=. */
  public static final int COMPARE_OP = 107;

  /**
   * [level, fromlist] -> [module] importing names[arg]: for {@code import a.b} pushes the top
   * package a; with a non-None fromlist pushes a.b itself.
   */
  public static final int IMPORT_NAME = 108;

  /** [module] -> [module, module.names[arg]] (ImportError if absent). */
  public static final int IMPORT_FROM = 109;

  /** Jumps forward by arg. */
  public static final int JUMP_FORWARD = 110;

  /** [v] -> if v is false jump to arg keeping v, else pop v. */
  public static final int JUMP_IF_FALSE_OR_POP = 111;

  /** [v] -> if v is true jump to arg keeping v, else pop v. */
  public static final int JUMP_IF_TRUE_OR_POP = 112;

  /** Jumps to arg; a backward jump is a checkpoint under {@code backedges}. */
  public static final int JUMP_ABSOLUTE = 113;

  /** [v] -> [] and jump to arg if v is false. */
  public static final int POP_JUMP_IF_FALSE = 114;

  public static final int POP_JUMP_IF_TRUE = 115;

  /** [] -> [global or builtin names[arg]]. */
  public static final int LOAD_GLOBAL = 116;

  /** [a, b] -> [a is b] (arg 0) or [a is not b] (arg 1). */
  public static final int IS_OP = 117;

  /** [a, b] -> [a in b] (arg 0) or [a not in b] (arg 1). */
  public static final int CONTAINS_OP = 118;

  /**
   * [type, cls] -> [] and jump to arg unless type is a subclass of cls (or of one in the tuple
   * cls).
   */
  public static final int JUMP_IF_NOT_EXC_MATCH = 121;

  /** Pushes a block whose handler is at next + arg (see the class comment). */
  public static final int SETUP_FINALLY = 122;

  /** [] -> [fast local varnames[arg]]; UnboundLocalError if unset. */
  public static final int LOAD_FAST = 124;

  /** [v] -> [] into fast local arg. */
  public static final int STORE_FAST = 125;

  public static final int DELETE_FAST = 126;

  /**
   * arg 0: re-raise the exception being handled; arg 1: [exc] -> raise exc; arg 2: [exc, cause] ->
   * raise exc from cause. exc may be a class (instantiated with no arguments).
   */
  public static final int RAISE_VARARGS = 130;

  /** [f, a1 … an] -> [f(a1, …, an)] with n = arg. */
  public static final int CALL_FUNCTION = 131;

  /**
   * [defaults?, kwdefaults?, closure?, code, qualname] -> [function]; arg flags: 0x01 a tuple of
   * positional defaults, 0x02 a dict of keyword-only defaults, 0x04 annotations (unused by the
   * compiler), 0x08 a tuple of cells for the free variables, pushed in that order before code.
   */
  public static final int MAKE_FUNCTION = 132;

  /** [a, b] -> [slice(a, b)] (arg 2) or [a, b, c] -> [slice(a, b, c)] (arg 3). */
  public static final int BUILD_SLICE = 133;

  /** [] -> [the cell of cell-or-free variable arg] (cellvars first, then freevars). */
  public static final int LOAD_CLOSURE = 135;

  /** [] -> [contents of cell arg]; NameError/UnboundLocalError if empty. */
  public static final int LOAD_DEREF = 136;

  /** [v] -> [] into cell arg. */
  public static final int STORE_DEREF = 137;

  public static final int DELETE_DEREF = 138;

  /**
   * [f, a1 … an, names] -> [f(…)]: n = arg values, the last len(names) of which are keyword
   * arguments named by the tuple of str constants on top.
   */
  public static final int CALL_FUNCTION_KW = 141;

  /**
   * [f, args] or [f, args, kwargs] (arg &amp; 1) -> [f(*args, **kwargs)]; args is any iterable (3.9
   * passes {@code a} of {@code f(*a)} as it is), kwargs a dict.
   */
  public static final int CALL_FUNCTION_EX = 142;

  /**
   * [mgr] -> [exit, enter_result] with exit = bound mgr.__exit__, calls mgr.__enter__(), and pushes
   * a SETUP_FINALLY block (handler at next + arg) between the two pushes (so its level is just
   * above exit).
   */
  public static final int SETUP_WITH = 143;

  /** [list, …(arg-1 more)…, v] -> [list, …] with list.append(v); list at stack depth arg. */
  public static final int LIST_APPEND = 145;

  public static final int SET_ADD = 146;

  /** [map, …, k, v] -> [map, …] with map[k] = v; map at depth arg below k, v. */
  public static final int MAP_ADD = 147;

  /** Like LOAD_DEREF but in a class body: the locals dict first, then cell arg. */
  public static final int LOAD_CLASSDEREF = 148;

  /**
   * [v] or [v, spec] (arg &amp; 4) -> [format(conv(v), spec)]; arg &amp; 3: 0 none, 1 str, 2 repr,
   * 3 ascii.
   */
  public static final int FORMAT_VALUE = 155;

  /** [v1 … vn, keys] -> [dict] with keys a tuple constant of n keys. */
  public static final int BUILD_CONST_KEY_MAP = 156;

  /** [s1 … sn] -> [s1 + … + sn] with n = arg. */
  public static final int BUILD_STRING = 157;

  /**
   * [o] -> [meth, o] when o's type has a plain method names[arg] not shadowed by an instance
   * attribute; otherwise [NULL, o.names[arg]] (a null slot).
   */
  public static final int LOAD_METHOD = 160;

  /** [meth, self, a1 … an] or [NULL, f, a1 … an] -> [result], n = arg. */
  public static final int CALL_METHOD = 161;

  /** [list, …, it] -> [list, …] with list.extend(it); list at depth arg. */
  public static final int LIST_EXTEND = 162;

  public static final int SET_UPDATE = 163;

  /** [map, …, m] -> [map, …] merging m for a call's **kwargs (TypeError on a repeated key). */
  public static final int DICT_MERGE = 164;

  /** [map, …, m] -> [map, …] with map.update(m). */
  public static final int DICT_UPDATE = 165;

  /** The highest opcode number. */
  public static final int MAX = 165;

  /** Stack slots an exception handler adds above its block's level: prev, tb, value, type. */
  public static final int HANDLER_PUSH = 4;

  /** {@link Checkpoint#NEVER}'s ordinal, for the eval loop. */
  public static final byte CP_NEVER = 0;

  /** {@link Checkpoint#CALL}'s ordinal, for the eval loop. */
  public static final byte CP_CALL = 2;

  /** {@link Checkpoint#BACKWARD_JUMP}'s ordinal, for the eval loop. */
  public static final byte CP_BACKWARD_JUMP = 3;

  // ---------------------------------------------------------------- the table

  /** What an instruction's argument means: how {@code dis} shows it and how jumps are read. */
  public enum Arg {
    /** No argument (opcodes below {@link #HAVE_ARGUMENT}). */
    NONE,
    /** An index into {@code co_names}. */
    NAME,
    /** An index into {@code co_consts}. */
    CONST,
    /** An index into {@code co_varnames} (fast locals). */
    LOCAL,
    /** An index into the cell variables, then the free variables. */
    CELL,
    /** A comparison (see COMPARE_OP). */
    COMPARE,
    /** FORMAT_VALUE's conversion and spec flags. */
    FORMAT,
    /** MAKE_FUNCTION's flags. */
    FUNCTION_FLAGS,
    /** A jump: a delta from the next instruction's offset. */
    JUMP_RELATIVE,
    /** A jump: an absolute offset. */
    JUMP_ABSOLUTE,
    /** A count, a depth or a choice, shown as the number alone. */
    NUMBER
  }

  /**
   * Where a lock may switch around an instruction: the project's central fact, read from here by
   * the eval loop (and by any tier that runs bytecode). Under {@code --checkpoints every} (CPython
   * up to 3.9) there is a checkpoint after every instruction but those marked {@link #NEVER}; under
   * {@code backedges} (CPython 3.10+) only after {@link #CALL}s, after a {@link #BACKWARD_JUMP}
   * that went backward, and at function entry.
   */
  public enum Checkpoint {
    /**
     * No checkpoint after it under any placement: LOAD_FAST, LOAD_CONST, STORE_FAST and NOP, which
     * CPython 2 did not count as ticks, and the instructions that leave the frame.
     */
    NEVER,
    /** After it under {@code every} only. */
    EVERY,
    /** After it under both placements: a call. */
    CALL,
    /** After it under {@code every}; under {@code backedges}, after it when it jumped backward. */
    BACKWARD_JUMP
  }

  /** The stack effect of an instruction, given its argument and whether its jump is taken. */
  @FunctionalInterface
  public interface StackEffect {
    int of(int arg, boolean jump);
  }

  /**
   * One row of the table.
   *
   * @param code the opcode's number
   * @param name its name, as {@code dis} prints it
   * @param arg what its argument means
   * @param effect its stack effect
   * @param fallsThrough false for instructions after which the next one never runs in sequence
   *     (unconditional jumps, return, raise)
   * @param checkpoint where a lock may switch around it
   */
  public record Info(
      int code,
      String name,
      Arg arg,
      StackEffect effect,
      boolean fallsThrough,
      Checkpoint checkpoint) {
    /** Whether the argument is a jump target, relative or absolute. */
    public boolean isJump() {
      return arg == Arg.JUMP_RELATIVE || arg == Arg.JUMP_ABSOLUTE;
    }
  }

  private static final Info[] TABLE = new Info[MAX + 1];

  /** Each instruction's {@link Checkpoint} ordinal, by opcode, for the eval loop's one read. */
  private static final byte[] CHECKPOINTS = new byte[256];

  private static void op(int code, Arg arg, StackEffect effect, Checkpoint cp) {
    op(code, arg, effect, true, cp);
  }

  private static void op(
      int code, Arg arg, StackEffect effect, boolean fallsThrough, Checkpoint cp) {
    if (TABLE[code] != null) {
      throw new ExceptionInInitializerError("opcode " + code + " is in the table twice");
    }
    TABLE[code] = new Info(code, constantName(code), arg, effect, fallsThrough, cp);
    CHECKPOINTS[code] = (byte) cp.ordinal();
  }

  private static StackEffect fixed(int n) {
    return (arg, jump) -> n;
  }

  static {
    final Checkpoint ev = Checkpoint.EVERY;
    final StackEffect zero = fixed(0);
    final StackEffect pop1 = fixed(-1);
    final StackEffect push1 = fixed(1);
    // Stack shuffles and unary operators.
    op(POP_TOP, Arg.NONE, pop1, ev);
    op(ROT_TWO, Arg.NONE, zero, ev);
    op(ROT_THREE, Arg.NONE, zero, ev);
    op(ROT_FOUR, Arg.NONE, zero, ev);
    op(ROT_N, Arg.NUMBER, zero, ev);
    op(DUP_TOP, Arg.NONE, push1, ev);
    op(DUP_TOP_TWO, Arg.NONE, fixed(2), ev);
    op(NOP, Arg.NONE, zero, Checkpoint.NEVER);
    for (int u : new int[] {UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT}) {
      op(u, Arg.NONE, zero, ev);
    }
    // Binary and in-place operators: [a, b] -> [a op b].
    for (int b :
        new int[] {
          BINARY_MATRIX_MULTIPLY,
          INPLACE_MATRIX_MULTIPLY,
          BINARY_POWER,
          BINARY_MULTIPLY,
          BINARY_MODULO,
          BINARY_ADD,
          BINARY_SUBTRACT,
          BINARY_SUBSCR,
          BINARY_FLOOR_DIVIDE,
          BINARY_TRUE_DIVIDE,
          INPLACE_FLOOR_DIVIDE,
          INPLACE_TRUE_DIVIDE,
          INPLACE_ADD,
          INPLACE_SUBTRACT,
          INPLACE_MULTIPLY,
          INPLACE_MODULO,
          BINARY_LSHIFT,
          BINARY_RSHIFT,
          BINARY_AND,
          BINARY_XOR,
          BINARY_OR,
          INPLACE_POWER,
          INPLACE_LSHIFT,
          INPLACE_RSHIFT,
          INPLACE_AND,
          INPLACE_XOR,
          INPLACE_OR
        }) {
      op(b, Arg.NONE, pop1, ev);
    }
    op(STORE_SUBSCR, Arg.NONE, fixed(-3), ev);
    op(DELETE_SUBSCR, Arg.NONE, fixed(-2), ev);
    // Iteration, generators, classes.
    op(GET_ITER, Arg.NONE, zero, ev);
    op(GET_YIELD_FROM_ITER, Arg.NONE, zero, ev);
    op(FOR_ITER, Arg.JUMP_RELATIVE, (arg, jump) -> jump ? -1 : 1, ev);
    op(YIELD_VALUE, Arg.NONE, zero, Checkpoint.NEVER);
    // A checkpoint only when it finishes without yielding: yielding leaves the frame.
    op(YIELD_FROM, Arg.NONE, pop1, ev);
    op(LOAD_BUILD_CLASS, Arg.NONE, push1, ev);
    op(LOAD_ASSERTION_ERROR, Arg.NONE, push1, ev);
    op(LIST_TO_TUPLE, Arg.NONE, zero, ev);
    op(SETUP_ANNOTATIONS, Arg.NONE, zero, ev);
    // Pattern matching.
    op(GET_LEN, Arg.NONE, push1, ev);
    op(MATCH_MAPPING, Arg.NONE, push1, ev);
    op(MATCH_SEQUENCE, Arg.NONE, push1, ev);
    op(MATCH_KEYS, Arg.NONE, push1, ev);
    op(COPY_DICT_WITHOUT_KEYS, Arg.NONE, zero, ev);
    op(MATCH_CLASS, Arg.NUMBER, fixed(-2), ev);
    // Coroutines.
    op(GET_AWAITABLE, Arg.NONE, zero, ev);
    op(GET_AITER, Arg.NONE, zero, ev);
    op(GET_ANEXT, Arg.NONE, push1, ev);
    op(BEFORE_ASYNC_WITH, Arg.NONE, push1, ev);
    op(END_ASYNC_FOR, Arg.NONE, fixed(-(HANDLER_PUSH + 1)), ev);
    op(SETUP_ASYNC_WITH, Arg.JUMP_RELATIVE, (arg, jump) -> jump ? HANDLER_PUSH - 1 : 0, ev);
    op(PRINT_EXPR, Arg.NONE, pop1, ev);
    op(RETURN_VALUE, Arg.NONE, pop1, false, Checkpoint.NEVER);
    // Blocks and exceptions (see the class comment).
    op(SETUP_FINALLY, Arg.JUMP_RELATIVE, (arg, jump) -> jump ? HANDLER_PUSH : 0, ev);
    op(SETUP_WITH, Arg.JUMP_RELATIVE, (arg, jump) -> jump ? HANDLER_PUSH : 1, ev);
    op(POP_BLOCK, Arg.NONE, zero, ev);
    op(POP_EXCEPT, Arg.NONE, pop1, ev);
    op(RERAISE, Arg.NONE, fixed(-3), false, ev);
    op(WITH_EXCEPT_START, Arg.NONE, push1, ev);
    op(JUMP_IF_NOT_EXC_MATCH, Arg.JUMP_ABSOLUTE, fixed(-2), ev);
    op(CHECK_EG_MATCH, Arg.NONE, zero, ev);
    op(PREP_RERAISE_STAR, Arg.NONE, pop1, ev);
    op(RAISE_VARARGS, Arg.NUMBER, (arg, jump) -> -arg, false, ev);
    // Names.
    op(STORE_NAME, Arg.NAME, pop1, ev);
    op(DELETE_NAME, Arg.NAME, zero, ev);
    op(LOAD_NAME, Arg.NAME, push1, ev);
    op(STORE_GLOBAL, Arg.NAME, pop1, ev);
    op(DELETE_GLOBAL, Arg.NAME, zero, ev);
    op(LOAD_GLOBAL, Arg.NAME, push1, ev);
    op(STORE_ATTR, Arg.NAME, fixed(-2), ev);
    op(DELETE_ATTR, Arg.NAME, pop1, ev);
    op(LOAD_ATTR, Arg.NAME, zero, ev);
    op(LOAD_METHOD, Arg.NAME, push1, ev);
    op(IMPORT_NAME, Arg.NAME, pop1, ev);
    op(IMPORT_FROM, Arg.NAME, push1, ev);
    op(IMPORT_STAR, Arg.NONE, pop1, ev);
    op(LOAD_CONST, Arg.CONST, push1, Checkpoint.NEVER);
    op(LOAD_FAST, Arg.LOCAL, push1, Checkpoint.NEVER);
    op(STORE_FAST, Arg.LOCAL, pop1, Checkpoint.NEVER);
    op(DELETE_FAST, Arg.LOCAL, zero, ev);
    op(LOAD_CLOSURE, Arg.CELL, push1, ev);
    op(LOAD_DEREF, Arg.CELL, push1, ev);
    op(LOAD_CLASSDEREF, Arg.CELL, push1, ev);
    op(STORE_DEREF, Arg.CELL, pop1, ev);
    op(DELETE_DEREF, Arg.CELL, zero, ev);
    // Sequences and displays.
    op(UNPACK_SEQUENCE, Arg.NUMBER, (arg, jump) -> arg - 1, ev);
    op(UNPACK_EX, Arg.NUMBER, (arg, jump) -> (arg & 0xff) + (arg >> 8), ev);
    for (int b : new int[] {BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE}) {
      op(b, Arg.NUMBER, (arg, jump) -> 1 - arg, ev);
    }
    op(BUILD_MAP, Arg.NUMBER, (arg, jump) -> 1 - 2 * arg, ev);
    op(BUILD_CONST_KEY_MAP, Arg.NUMBER, (arg, jump) -> -arg, ev);
    for (int a :
        new int[] {LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE}) {
      op(a, Arg.NUMBER, pop1, ev);
    }
    op(MAP_ADD, Arg.NUMBER, fixed(-2), ev);
    op(FORMAT_VALUE, Arg.FORMAT, (arg, jump) -> (arg & 0x04) != 0 ? -1 : 0, ev);
    // Comparisons and jumps.
    op(COMPARE_OP, Arg.COMPARE, pop1, ev);
    op(IS_OP, Arg.NUMBER, pop1, ev);
    op(CONTAINS_OP, Arg.NUMBER, pop1, ev);
    op(JUMP_FORWARD, Arg.JUMP_RELATIVE, zero, false, ev);
    op(JUMP_ABSOLUTE, Arg.JUMP_ABSOLUTE, zero, false, Checkpoint.BACKWARD_JUMP);
    op(POP_JUMP_IF_FALSE, Arg.JUMP_ABSOLUTE, pop1, ev);
    op(POP_JUMP_IF_TRUE, Arg.JUMP_ABSOLUTE, pop1, ev);
    op(JUMP_IF_FALSE_OR_POP, Arg.JUMP_ABSOLUTE, (arg, jump) -> jump ? 0 : -1, ev);
    op(JUMP_IF_TRUE_OR_POP, Arg.JUMP_ABSOLUTE, (arg, jump) -> jump ? 0 : -1, ev);
    // Functions and calls.
    op(MAKE_FUNCTION, Arg.FUNCTION_FLAGS, (arg, jump) -> -1 - Integer.bitCount(arg & 0x0f), ev);
    op(CALL_FUNCTION, Arg.NUMBER, (arg, jump) -> -arg, Checkpoint.CALL);
    op(CALL_METHOD, Arg.NUMBER, (arg, jump) -> -arg - 1, Checkpoint.CALL);
    op(CALL_FUNCTION_KW, Arg.NUMBER, (arg, jump) -> -arg - 1, Checkpoint.CALL);
    op(CALL_FUNCTION_EX, Arg.NUMBER, (arg, jump) -> -1 - (arg & 1), Checkpoint.CALL);
    if (Checkpoint.NEVER.ordinal() != CP_NEVER
        || Checkpoint.CALL.ordinal() != CP_CALL
        || Checkpoint.BACKWARD_JUMP.ordinal() != CP_BACKWARD_JUMP) {
      throw new ExceptionInInitializerError("the CP_ constants disagree with Checkpoint");
    }
    for (int code = 0; code <= MAX; code++) {
      String name = constantName(code);
      if (name != null && TABLE[code] == null) {
        throw new ExceptionInInitializerError("opcode " + name + " has no row in the table");
      }
    }
  }

  /** The constant's name for an opcode number, or null: the table's names come from here. */
  private static String constantName(int code) {
    return Names.BY_CODE.get(code);
  }

  /** The opcode constants' names, read once from this class's fields. */
  private static final class Names {
    static final java.util.Map<Integer, String> BY_CODE = new java.util.HashMap<>();

    static {
      for (java.lang.reflect.Field f : Opcode.class.getFields()) {
        if (f.getType() == int.class
            && java.lang.reflect.Modifier.isStatic(f.getModifiers())
            && !f.getName().equals("HAVE_ARGUMENT")
            && !f.getName().equals("MAX")
            && !f.getName().equals("HANDLER_PUSH")) {
          try {
            BY_CODE.put(f.getInt(null), f.getName());
          } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
          }
        }
      }
    }
  }

  /** The table's row for {@code op}, or null for a number that is no opcode. */
  public static Info info(int op) {
    return op >= 0 && op <= MAX ? TABLE[op] : null;
  }

  /** Every opcode in the table, in numeric order. */
  public static java.util.List<Info> all() {
    java.util.List<Info> rows = new java.util.ArrayList<>();
    for (Info i : TABLE) {
      if (i != null) {
        rows.add(i);
      }
    }
    return rows;
  }

  /** The opcode's name, as {@code dis} prints it. */
  public static String name(int op) {
    Info i = info(op);
    return i != null ? i.name() : "<" + op + ">";
  }

  /** Whether the opcode's argument is meaningful (shown by dis). */
  public static boolean hasArg(int op) {
    return op >= HAVE_ARGUMENT;
  }

  /** Whether the argument is a delta from the next instruction. */
  public static boolean isRelativeJump(int op) {
    Info i = info(op);
    return i != null && i.arg() == Arg.JUMP_RELATIVE;
  }

  /** Whether the argument is an absolute jump target. */
  public static boolean isAbsoluteJump(int op) {
    Info i = info(op);
    return i != null && i.arg() == Arg.JUMP_ABSOLUTE;
  }

  /** The stack effect of one instruction, on the jump path when {@code jump}. */
  public static int stackEffect(int op, int arg, boolean jump) {
    Info i = info(op);
    if (i == null) {
      throw new IllegalArgumentException("no stack effect for " + name(op));
    }
    return i.effect().of(arg, jump);
  }

  /** Whether the next instruction may run after this one in sequence. */
  public static boolean fallsThrough(int op) {
    Info i = info(op);
    return i == null || i.fallsThrough();
  }

  /** The checkpoint class of {@code op}, as a {@link Checkpoint} ordinal: the eval loop's read. */
  public static byte checkpoint(int op) {
    return CHECKPOINTS[op & 0xff];
  }
}
