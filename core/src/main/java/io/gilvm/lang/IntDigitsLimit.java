package io.gilvm.lang;

import java.util.function.IntSupplier;

/**
 * CPython's limit on conversions between int and decimal text ({@code sys.set_int_max_str_digits},
 * CVE-2020-10735): parsing or printing an int of more digits than the limit is a ValueError (a
 * SyntaxError for a literal), since the conversion takes time quadratic in the length. The limit
 * applies to bases that are not powers of two.
 */
public final class IntDigitsLimit {
  private IntDigitsLimit() {}

  /** {@code sys.int_info.default_max_str_digits}. */
  public static final int DEFAULT = 4300;

  /** {@code sys.int_info.str_digits_check_threshold}: the smallest limit other than 0 (none). */
  public static final int THRESHOLD = 640;

  /** The running interpreter's limit (0: none); set by the runtime. */
  public static volatile IntSupplier current = () -> DEFAULT;

  private static final String ADVICE = "use sys.set_int_max_str_digits() to increase the limit";

  /** The message for text of {@code digits} digits to parse, or null when within the limit. */
  public static String checkParse(int digits, int base) {
    if ((base & (base - 1)) == 0 || digits <= THRESHOLD) {
      return null;
    }
    int limit = current.getAsInt();
    if (limit > 0 && digits > limit) {
      return "Exceeds the limit ("
          + limit
          + " digits) for integer string conversion: value has "
          + digits
          + " digits; "
          + ADVICE;
    }
    return null;
  }

  /** The ValueError message for printing an int beyond a limit of {@code limit} digits. */
  public static String toStrMessage(int limit) {
    return "Exceeds the limit (" + limit + " digits) for integer string conversion; " + ADVICE;
  }
}
