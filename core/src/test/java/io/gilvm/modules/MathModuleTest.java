package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are CPython 3.11's. */
class MathModuleTest {

  private static String errors(String... calls) {
    StringBuilder src = new StringBuilder("import math\nfor f in [");
    for (String c : calls) {
      src.append("lambda: ").append(c).append(", ");
    }
    src.append(
        "]:\n  try:\n    print(f())\n  except Exception as e:\n    print(type(e).__name__, e)");
    return PyRun.out(src.toString());
  }

  @Test
  void constants() {
    assertEquals(
        "3.141592653589793 2.718281828459045 6.283185307179586 inf nan\n",
        PyRun.out("import math\nprint(math.pi, math.e, math.tau, math.inf, math.nan)"));
  }

  @Test
  void roundingGivesInts() {
    assertEquals(
        "2\n-3\n3\n-2\n-2\n1\n100000000000000000000\n",
        errors(
            "math.floor(2.7)",
            "math.floor(-2.5)",
            "math.ceil(2.1)",
            "math.ceil(-2.1)",
            "math.trunc(-2.7)",
            "math.floor(True)",
            "math.floor(1e20)"));
  }

  @Test
  void roundingErrors() {
    assertEquals(
        "OverflowError cannot convert float infinity to integer\n"
            + "ValueError cannot convert float NaN to integer\n"
            + "TypeError must be real number, not str\n"
            + "TypeError type str doesn't define __trunc__ method\n",
        errors(
            "math.floor(math.inf)", "math.ceil(math.nan)", "math.floor('x')", "math.trunc('x')"));
  }

  @Test
  void domainAndRangeErrors() {
    assertEquals(
        "ValueError math domain error\nValueError math domain error\n"
            + "OverflowError math range error\nValueError math domain error\n"
            + "ValueError math domain error\nValueError math domain error\n"
            + "OverflowError int too large to convert to float\nZeroDivisionError float division by zero\n"
            + "OverflowError math range error\nValueError math domain error\n",
        errors(
            "math.sqrt(-1)",
            "math.log(0)",
            "math.exp(1000)",
            "math.pow(0.0, -1)",
            "math.sin(math.inf)",
            "math.acos(2)",
            "math.sqrt(10**400)",
            "math.log(10, 1)",
            "math.ldexp(1.0, 2000)",
            "math.fmod(math.inf, 1)"));
  }

  @Test
  void logarithms() {
    assertEquals(
        "1386.2943611198907\n10.0\n3.0\n2.0\n2.9999999999999996\n1000.0\n",
        errors(
            "math.log(2**2000)",
            "math.log2(1024)",
            "math.log10(1000)",
            "math.log(100, 10)",
            "math.log(1000, 10)",
            "math.log2(2**1000 + 1)"));
  }

  @Test
  void powFollowsC99SpecialCases() {
    assertEquals(
        "1.0\n1.0\n-0.0\n-inf\n0.0\n1.4142135623730951\nValueError math domain error\n",
        errors(
            "math.pow(1.0, math.nan)",
            "math.pow(math.nan, 0)",
            "math.pow(-math.inf, -3)",
            "math.pow(-math.inf, 3)",
            "math.pow(0.5, math.inf)",
            "math.pow(2, 0.5)",
            "math.pow(-8, 1/3)"));
  }

  @Test
  void integerFunctionsAreExact() {
    assertEquals(
        "6\n0\n1152921504606846976\n60\n1\n15511210043330985984000000\n126410606437752\n720\n"
            + "100000000000000000000\n",
        errors(
            "math.gcd(12, 18, 30)",
            "math.gcd()",
            "math.gcd(2**100, 2**60 * 3)",
            "math.lcm(4, 6, 10)",
            "math.lcm()",
            "math.factorial(25)",
            "math.comb(50, 25)",
            "math.perm(10, 3) * 1",
            "math.isqrt(10**40 + 5)"));
  }

  @Test
  void integerFunctionErrors() {
    assertEquals(
        "ValueError factorial() not defined for negative values\n"
            + "TypeError 'float' object cannot be interpreted as an integer\n"
            + "ValueError n must be a non-negative integer\nValueError k must be a non-negative integer\n"
            + "ValueError isqrt() argument must be nonnegative\n0\n120\n",
        errors(
            "math.factorial(-1)",
            "math.factorial(5.0)",
            "math.comb(-1, 2)",
            "math.perm(3, -1)",
            "math.isqrt(-1)",
            "math.comb(3, 5)",
            "math.perm(5)"));
  }

  @Test
  void isclose() {
    assertEquals(
        "True\nFalse\nTrue\nFalse\nTrue\nTrue\nFalse\nValueError tolerances must be non-negative\n",
        errors(
            "math.isclose(0.1 + 0.2, 0.3)",
            "math.isclose(1.0, 1.1)",
            "math.isclose(1.0, 1.1, rel_tol=0.2)",
            "math.isclose(0.0, 1e-10)",
            "math.isclose(0.0, 1e-10, abs_tol=1e-9)",
            "math.isclose(math.inf, math.inf)",
            "math.isclose(math.nan, math.nan)",
            "math.isclose(1, 1, rel_tol=-1)"));
  }

  @Test
  void fsumIsExactlyRounded() {
    assertEquals(
        "1.0\n1e-100\nOverflowError intermediate overflow in fsum\nValueError -inf + inf in fsum\n"
            + "inf\nnan\n",
        errors(
            "math.fsum([0.1] * 10)",
            "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
            "math.fsum([1e308, 1e308])",
            "math.fsum([math.inf, -math.inf])",
            "math.fsum([1, math.inf])",
            "math.fsum([math.nan, 1])"));
  }

  @Test
  void floatDecomposition() {
    assertEquals(
        "(0.0, 0)\n(-0.5, 4)\n(0.5752618031559393, -1029)\n4.0\n(-0.5, -3.0)\n(0.0, inf)\n",
        errors(
            "math.frexp(0.0)",
            "math.frexp(-8.0)",
            "math.frexp(1e-310)",
            "math.ldexp(0.5, 3)",
            "math.modf(-3.5)",
            "math.modf(math.inf)"));
  }

  @Test
  void otherFunctions() {
    assertEquals(
        "13.0\n0.0\n5.0\n12\n3.0\n180.0\n3.141592653589793\n-1.0\n0.881373587019543\n"
            + "1.3169578969248166\n0.5493061443340548\n2.220446049250313e-16\n1024.0\n",
        errors(
            "math.hypot(3, 4, 12)",
            "math.hypot()",
            "math.dist((0, 0), (3, 4))",
            "math.prod([1, 2, 3], start=2)",
            "math.prod([1.5, 2])",
            "math.degrees(math.pi)",
            "math.radians(180)",
            "math.copysign(1, -0.0)",
            "math.asinh(1.0)",
            "math.acosh(2.0)",
            "math.atanh(0.5)",
            "math.ulp(1.0)",
            "math.exp2(10)"));
  }
}
