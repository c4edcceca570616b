package io.gilvm.lang;

import java.util.HashMap;
import java.util.Map;

/** The kinds of token the lexer produces: structure, literals, keywords and operators. */
enum TokenKind {
  NAME(null),
  NUMBER(null),
  STRING(null),
  NEWLINE(null),
  INDENT(null),
  DEDENT(null),
  EOF(null),
  /** A character Python has no token for ({@code $ ? ! `}); the parser reports it. */
  ERRORTOKEN(null),
  /** Stands where the lexer stopped on an error; the parser raises that error on reaching it. */
  LEXERROR(null),

  // Hard keywords.
  FALSE("False"),
  NONE("None"),
  TRUE("True"),
  AND("and"),
  AS("as"),
  ASSERT("assert"),
  ASYNC("async"),
  AWAIT("await"),
  BREAK("break"),
  CLASS("class"),
  CONTINUE("continue"),
  DEF("def"),
  DEL("del"),
  ELIF("elif"),
  ELSE("else"),
  EXCEPT("except"),
  FINALLY("finally"),
  FOR("for"),
  FROM("from"),
  GLOBAL("global"),
  IF("if"),
  IMPORT("import"),
  IN("in"),
  IS("is"),
  LAMBDA("lambda"),
  NONLOCAL("nonlocal"),
  NOT("not"),
  OR("or"),
  PASS("pass"),
  RAISE("raise"),
  RETURN("return"),
  TRY("try"),
  WHILE("while"),
  WITH("with"),
  YIELD("yield"),

  // Operators and delimiters.
  LPAR("("),
  RPAR(")"),
  LSQB("["),
  RSQB("]"),
  LBRACE("{"),
  RBRACE("}"),
  COLON(":"),
  COMMA(","),
  SEMI(";"),
  PLUS("+"),
  MINUS("-"),
  STAR("*"),
  SLASH("/"),
  VBAR("|"),
  AMPER("&"),
  LESS("<"),
  GREATER(">"),
  EQUAL("="),
  DOT("."),
  PERCENT("%"),
  TILDE("~"),
  CIRCUMFLEX("^"),
  AT("@"),
  EQEQUAL("=="),
  NOTEQUAL("!="),
  LESSEQUAL("<="),
  GREATEREQUAL(">="),
  LEFTSHIFT("<<"),
  RIGHTSHIFT(">>"),
  DOUBLESTAR("**"),
  DOUBLESLASH("//"),
  RARROW("->"),
  COLONEQUAL(":="),
  ELLIPSIS("..."),
  PLUSEQUAL("+="),
  MINEQUAL("-="),
  STAREQUAL("*="),
  SLASHEQUAL("/="),
  PERCENTEQUAL("%="),
  AMPEREQUAL("&="),
  VBAREQUAL("|="),
  CIRCUMFLEXEQUAL("^="),
  ATEQUAL("@="),
  LEFTSHIFTEQUAL("<<="),
  RIGHTSHIFTEQUAL(">>="),
  DOUBLESTAREQUAL("**="),
  DOUBLESLASHEQUAL("//=");

  /** The fixed spelling of a keyword or operator; null for the other kinds. */
  final String spelling;

  TokenKind(String spelling) {
    this.spelling = spelling;
  }

  private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

  static {
    for (TokenKind k : values()) {
      if (k.spelling != null && Character.isLetter(k.spelling.charAt(0))) {
        KEYWORDS.put(k.spelling, k);
      }
    }
  }

  /** The keyword spelled {@code name}, or NAME when it is an ordinary identifier. */
  static TokenKind keywordOrName(String name) {
    return KEYWORDS.getOrDefault(name, NAME);
  }

  /** The augmented-assignment operator this token spells, or null. */
  Node.BinOpKind augmentedOp() {
    return switch (this) {
      case PLUSEQUAL -> Node.BinOpKind.ADD;
      case MINEQUAL -> Node.BinOpKind.SUB;
      case STAREQUAL -> Node.BinOpKind.MULT;
      case SLASHEQUAL -> Node.BinOpKind.DIV;
      case PERCENTEQUAL -> Node.BinOpKind.MOD;
      case AMPEREQUAL -> Node.BinOpKind.BITAND;
      case VBAREQUAL -> Node.BinOpKind.BITOR;
      case CIRCUMFLEXEQUAL -> Node.BinOpKind.BITXOR;
      case ATEQUAL -> Node.BinOpKind.MATMULT;
      case LEFTSHIFTEQUAL -> Node.BinOpKind.LSHIFT;
      case RIGHTSHIFTEQUAL -> Node.BinOpKind.RSHIFT;
      case DOUBLESTAREQUAL -> Node.BinOpKind.POW;
      case DOUBLESLASHEQUAL -> Node.BinOpKind.FLOORDIV;
      default -> null;
    };
  }
}
