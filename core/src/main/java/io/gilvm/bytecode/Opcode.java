package io.gilvm.bytecode;

/**
 * The instruction set: CPython 3.9's names, numbers and stack effects, so that {@code dis} reads
 * like CPython's and the instruction boundaries where a lock can switch are the ones the GIL
 * literature talks about.
 *
 * <p>Encoding: a code array of ints, two per instruction ({@code op, arg}); an instruction's
 * offset is its index in that array, so offsets go 0, 2, 4 as in CPython's wordcode. Arguments
 * are never split with EXTENDED_ARG. Jumps: FOR_ITER, JUMP_FORWARD, SETUP_FINALLY and SETUP_WITH
 * take a delta from the next instruction's offset; every other jump takes an absolute offset.
 *
 * <p>Stack notation below: {@code [a, b] -> [c]} with the top on the right. "Owned": every value
 * on the stack owns one reference.
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
 *   <li>RERAISE pops {@code type, value, tb} and raises {@code value} again, keeping its
 *       traceback.
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
  /** [type, value, tb] -> raises value again (see the class comment). */
  public static final int RERAISE = 48;
  /**
   * [exit, prev, tb, value, type] -> [exit, prev, tb, value, type, exit(type, value, tb)]: calls
   * the {@code __exit__} saved by SETUP_WITH with the exception being handled.
   */
  public static final int WITH_EXCEPT_START = 49;
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
  /** [] -> [__build_class__]. */
  public static final int LOAD_BUILD_CLASS = 71;
  /**
   * [iter, v] -> [iter] and yields what iter yields, until it is exhausted; then -> [result]
   * (the subiterator's return value) and execution continues after this instruction. The
   * compiler emits {@code GET_YIELD_FROM_ITER; LOAD_CONST None; YIELD_FROM}.
   */
  public static final int YIELD_FROM = 72;
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
  /**
   * [iter] -> [iter, next(iter)]; when exhausted pops iter and jumps by delta arg.
   */
  public static final int FOR_ITER = 93;
  /**
   * [seq] -> [list of the rest…, items] for {@code a, *b, c = seq}: arg low byte = names before
   * the star, high byte (arg >> 8) = names after; pushes after-items, the list, then before-items
   * so that the first target is on top.
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
   * arg 0: re-raise the exception being handled; arg 1: [exc] -> raise exc; arg 2: [exc, cause]
   * -> raise exc from cause. exc may be a class (instantiated with no arguments).
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
   * [f, args] or [f, args, kwargs] (arg &amp; 1) -> [f(*args, **kwargs)]; args is any iterable
   * (3.9 passes {@code a} of {@code f(*a)} as it is), kwargs a dict.
   */
  public static final int CALL_FUNCTION_EX = 142;
  /**
   * [mgr] -> [exit, enter_result] with exit = bound mgr.__exit__, calls mgr.__enter__(), and
   * pushes a SETUP_FINALLY block (handler at next + arg) between the two pushes (so its level is
   * just above exit).
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
   * [v] or [v, spec] (arg &amp; 4) -> [format(conv(v), spec)]; arg &amp; 3: 0 none, 1 str, 2
   * repr, 3 ascii.
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

  private static final String[] NAMES = new String[MAX + 1];

  static {
    for (java.lang.reflect.Field f : Opcode.class.getFields()) {
      if (f.getType() == int.class
          && !f.getName().equals("HAVE_ARGUMENT")
          && !f.getName().equals("MAX")) {
        try {
          NAMES[f.getInt(null)] = f.getName();
        } catch (IllegalAccessException e) {
          throw new ExceptionInInitializerError(e);
        }
      }
    }
  }

  /** The opcode's name, as {@code dis} prints it. */
  public static String name(int op) {
    String n = op >= 0 && op <= MAX ? NAMES[op] : null;
    return n != null ? n : "<" + op + ">";
  }

  /** Whether the opcode's argument is meaningful (shown by dis). */
  public static boolean hasArg(int op) {
    return op >= HAVE_ARGUMENT;
  }

  /** Whether the argument is a delta from the next instruction. */
  public static boolean isRelativeJump(int op) {
    return op == FOR_ITER || op == JUMP_FORWARD || op == SETUP_FINALLY || op == SETUP_WITH;
  }

  /** Whether the argument is an absolute jump target. */
  public static boolean isAbsoluteJump(int op) {
    return op == JUMP_IF_FALSE_OR_POP
        || op == JUMP_IF_TRUE_OR_POP
        || op == JUMP_ABSOLUTE
        || op == POP_JUMP_IF_FALSE
        || op == POP_JUMP_IF_TRUE
        || op == JUMP_IF_NOT_EXC_MATCH;
  }

  /**
   * Whether a checkpoint is skipped after this instruction under {@code every} placement:
   * LOAD_FAST, LOAD_CONST, STORE_FAST and NOP, as in CPython 2.7's tick accounting.
   */
  public static boolean skipsCheckpoint(int op) {
    return op == LOAD_FAST || op == LOAD_CONST || op == STORE_FAST || op == NOP;
  }
}
