package io.gilvm.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar-aware mutation of Python source: a program is split into tokens (names, numbers, string
 * literals, operators, comments, line breaks and the white space between them), and a mutation
 * works on those, or on whole lines for indentation, so that most mutants are nearly valid programs
 * that reach deep into the parser and compiler instead of failing at the first character.
 */
final class Mutator {
  private Mutator() {}

  /** What a mutation does; its two numbers choose where and what, modulo what there is. */
  enum Kind {
    DELETE,
    DUPLICATE,
    SWAP,
    INSERT,
    REPLACE,
    RENAME,
    INDENT,
    DEDENT,
    DUPLICATE_LINE,
    DELETE_LINE,
    NEST,
    TRUNCATE
  }

  record Mutation(Kind kind, int where, int what) {
    @Override
    public String toString() {
      return kind + "@" + where + "/" + what;
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<str>(?:[rRbBfFuU]{1,2})?(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''"
              + "|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'))"
              + "|(?<comment>#[^\\n]*)"
              + "|(?<nl>\\r?\\n)"
              + "|(?<space>[ \\t\\f]+)"
              + "|(?<num>\\d[\\w.]*(?:[eE][-+]?\\d+)?j?)"
              + "|(?<name>[\\p{L}_][\\p{L}\\p{N}_]*)"
              + "|(?<op>\\*\\*=|//=|>>=|<<=|\\.\\.\\.|->|:=|[-+*/%&|^@<>=!]=|\\*\\*|//|<<|>>|.)",
          Pattern.DOTALL);

  /** Tokens to insert or to put in place of others: keywords, operators, odd literals. */
  static final List<String> VOCABULARY =
      List.of(
          "def",
          "class",
          "if",
          "elif",
          "else",
          "while",
          "for",
          "in",
          "not",
          "and",
          "or",
          "is",
          "lambda",
          "return",
          "yield",
          "yield from",
          "await",
          "async",
          "with",
          "as",
          "try",
          "except",
          "except*",
          "finally",
          "raise",
          "import",
          "from",
          "global",
          "nonlocal",
          "pass",
          "break",
          "continue",
          "del",
          "assert",
          "match",
          "case",
          "None",
          "True",
          "False",
          "print",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          ":",
          ",",
          ".",
          ";",
          "=",
          "==",
          "+=",
          "-",
          "*",
          "**",
          "/",
          "//",
          "%",
          "@",
          "->",
          ":=",
          "<",
          ">",
          "!",
          "~",
          "^",
          "|",
          "&",
          "...",
          "\\",
          "*args",
          "**kw",
          "_",
          "0",
          "1",
          "-1",
          "0x",
          "0xg",
          "1e",
          "1_",
          "1__0",
          "0b2",
          "0o8",
          "007",
          "1.5j",
          "1e999",
          "10**10",
          "\"\"",
          "''",
          "\"\"\"",
          "'",
          "\"",
          "f\"{",
          "f'{x!r:>{y}}'",
          "f\"{}\"",
          "f'{x=}'",
          "b\"\\xff\"",
          "b'é'",
          "r\"\\\"",
          "\"\\N{\"",
          "\"\\N{BOGUS}\"",
          "u''",
          "rb''",
          "\"\\x\"",
          "'\\777'",
          "\u00a0",
          "\ufeff",
          "\u0000",
          "\u000c",
          "\r",
          "\t",
          "$",
          "?",
          "`",
          "\u00e9t\u00e9",
          "\ud83d\ude00",
          "x",
          "self",
          "__class__",
          "super()",
          "*",
          "not not",
          "if x else",
          "for x in y",
          "lambda x:",
          "print(",
          "):");

  /** The source's tokens; concatenated, they give the source back. */
  static List<String> tokens(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(source);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static boolean significant(String token) {
    return !token.isBlank() && !token.startsWith("#");
  }

  static String apply(String source, List<Mutation> mutations) {
    String s = source;
    for (Mutation m : mutations) {
      s = apply(s, m);
    }
    return s;
  }

  static String apply(String source, Mutation m) {
    switch (m.kind()) {
      case INDENT, DEDENT, DUPLICATE_LINE, DELETE_LINE:
        return mutateLine(source, m);
      case TRUNCATE:
        return source.isEmpty()
            ? source
            : source.substring(0, Math.floorMod(m.where(), source.length()));
      default:
        break;
    }
    List<String> tokens = new ArrayList<>(tokens(source));
    List<Integer> sig = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (significant(tokens.get(i))) {
        sig.add(i);
      }
    }
    if (sig.isEmpty()) {
      return source + VOCABULARY.get(Math.floorMod(m.what(), VOCABULARY.size()));
    }
    int at = sig.get(Math.floorMod(m.where(), sig.size()));
    String word = VOCABULARY.get(Math.floorMod(m.what(), VOCABULARY.size()));
    switch (m.kind()) {
      case DELETE -> tokens.set(at, "");
      case DUPLICATE -> tokens.set(at, tokens.get(at) + " " + tokens.get(at));
      case SWAP -> {
        int other = sig.get(Math.floorMod(m.what(), sig.size()));
        String t = tokens.get(at);
        tokens.set(at, tokens.get(other));
        tokens.set(other, t);
      }
      case INSERT -> tokens.set(at, word + " " + tokens.get(at));
      case REPLACE -> tokens.set(at, word);
      case RENAME -> {
        List<String> names = new ArrayList<>();
        for (int i : sig) {
          if (Character.isLetter(tokens.get(i).codePointAt(0)) || tokens.get(i).startsWith("_")) {
            names.add(tokens.get(i));
          }
        }
        if (!names.isEmpty()) {
          tokens.set(at, names.get(Math.floorMod(m.what(), names.size())));
        }
      }
      case NEST -> tokens.set(at, nest(tokens.get(at), m.what()));
      default -> throw new AssertionError(m.kind());
    }
    return String.join("", tokens);
  }

  /** The token wrapped in many openers and closers, or behind many prefixes. */
  private static String nest(String token, int what) {
    int[] depths = {10, 99, 100, 201, 1000, 5000, 20000};
    int depth = depths[Math.floorMod(what, depths.length)];
    String[][] shapes = {
      {"(", ")"},
      {"[", "]"},
      {"{", "}"},
      {"-", ""},
      {"not ", ""},
      {"lambda: ", ""},
      {"f'{", "}'"},
      {"x if ", " else y"},
      {"(yield ", ")"},
      {"[", " for x in y]"},
    };
    String[] shape = shapes[Math.floorMod(what / depths.length, shapes.length)];
    return shape[0].repeat(depth) + token + shape[1].repeat(depth);
  }

  private static String mutateLine(String source, Mutation m) {
    List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
    int i = Math.floorMod(m.where(), lines.size());
    String line = lines.get(i);
    switch (m.kind()) {
      case INDENT -> lines.set(i, (m.what() % 2 == 0 ? "    " : "\t") + line);
      case DEDENT -> lines.set(i, line.stripLeading());
      case DUPLICATE_LINE -> lines.add(i, line);
      case DELETE_LINE -> lines.remove(i);
      default -> throw new AssertionError(m.kind());
    }
    return String.join("\n", lines);
  }
}
