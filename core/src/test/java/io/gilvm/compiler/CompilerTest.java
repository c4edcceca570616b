package io.gilvm.compiler;

import static io.gilvm.compiler.Listings.compile;
import static io.gilvm.compiler.Listings.find;
import static io.gilvm.compiler.Listings.listing;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.lang.Node;
import io.gilvm.lang.Node.Ctx;
import io.gilvm.object.PyCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The instruction sequences the compiler emits, construct family by construct family, checked
 * against what CPython 3.9's compiler and peephole pass produce.
 */
class CompilerTest {
  private static void assertListing(String source, String name, String expected) {
    assertEquals(expected, listing(source, name));
  }

  // ---------------------------------------------------------------- assignment

  @Test
  void augmentedAssignmentOfAModuleName() {
    assertListing(
        "n += 1\n",
        null,
        """
          1           0 LOAD_NAME                0 (n)
                      2 LOAD_CONST               0 (1)
                      4 INPLACE_ADD
                      6 STORE_NAME               0 (n)
                      8 LOAD_CONST               1 (None)
                     10 RETURN_VALUE
        """);
  }

  @Test
  void augmentedAssignmentOfADeclaredGlobal() {
    assertListing(
        "def f():\n    global n\n    n += 1\n",
        "f",
        """
          3           0 LOAD_GLOBAL              0 (n)
                      2 LOAD_CONST               1 (1)
                      4 INPLACE_ADD
                      6 STORE_GLOBAL             0 (n)
                      8 LOAD_CONST               0 (None)
                     10 RETURN_VALUE
        """);
  }

  @Test
  void augmentedAssignmentOfALocalAnAttributeAndASubscript() {
    assertListing(
        "def f(n, o, a, i):\n    n += 1\n    o.x *= 2\n    a[i] -= 3\n",
        "f",
        """
          2           0 LOAD_FAST                0 (n)
                      2 LOAD_CONST               1 (1)
                      4 INPLACE_ADD
                      6 STORE_FAST               0 (n)

          3           8 LOAD_FAST                1 (o)
                     10 DUP_TOP
                     12 LOAD_ATTR                0 (x)
                     14 LOAD_CONST               2 (2)
                     16 INPLACE_MULTIPLY
                     18 ROT_TWO
                     20 STORE_ATTR               0 (x)

          4          22 LOAD_FAST                2 (a)
                     24 LOAD_FAST                3 (i)
                     26 DUP_TOP_TWO
                     28 BINARY_SUBSCR
                     30 LOAD_CONST               3 (3)
                     32 INPLACE_SUBTRACT
                     34 ROT_THREE
                     36 STORE_SUBSCR
                     38 LOAD_CONST               0 (None)
                     40 RETURN_VALUE
        """);
  }

  @Test
  void assignmentsUnpackingSwapsAndDeletes() {
    String src =
        "a = b = 1\na, b = c\na, *b, c = d\na, b = b, a\na, b, c = c, b, a\n"
            + "o.x = 1\no[i] = 2\ndel o.x, o[i]\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_CONST               0 (1)
                      2 DUP_TOP
                      4 STORE_NAME               0 (a)
                      6 STORE_NAME               1 (b)

          2           8 LOAD_NAME                2 (c)
                     10 UNPACK_SEQUENCE          2
                     12 STORE_NAME               0 (a)
                     14 STORE_NAME               1 (b)

          3          16 LOAD_NAME                3 (d)
                     18 UNPACK_EX              257
                     20 STORE_NAME               0 (a)
                     22 STORE_NAME               1 (b)
                     24 STORE_NAME               2 (c)

          4          26 LOAD_NAME                1 (b)
                     28 LOAD_NAME                0 (a)
                     30 ROT_TWO
                     32 STORE_NAME               0 (a)
                     34 STORE_NAME               1 (b)

          5          36 LOAD_NAME                2 (c)
                     38 LOAD_NAME                1 (b)
                     40 LOAD_NAME                0 (a)
                     42 ROT_THREE
                     44 ROT_TWO
                     46 STORE_NAME               0 (a)
                     48 STORE_NAME               1 (b)
                     50 STORE_NAME               2 (c)

          6          52 LOAD_CONST               0 (1)
                     54 LOAD_NAME                4 (o)
                     56 STORE_ATTR               5 (x)

          7          58 LOAD_CONST               1 (2)
                     60 LOAD_NAME                4 (o)
                     62 LOAD_NAME                6 (i)
                     64 STORE_SUBSCR

          8          66 LOAD_NAME                4 (o)
                     68 DELETE_ATTR              5 (x)
                     70 LOAD_NAME                4 (o)
                     72 LOAD_NAME                6 (i)
                     74 DELETE_SUBSCR
                     76 LOAD_CONST               2 (None)
                     78 RETURN_VALUE
        """);
  }

  @Test
  void aGlobalDeclaredInAFunctionIsStoredWithStoreGlobalAtModuleLevel() {
    // CPython's symbol table marks the module's own binding global too.
    PyCode module = compile("n = 0\ndef f():\n    global n\n    n += 1\n");
    assertTrue(listing(module).contains("STORE_GLOBAL             0 (n)"));
  }

  @Test
  void annotatedAssignmentsEvaluateTheAnnotationOnlyAtModuleAndClassLevel() {
    // The module records x's annotation in __annotations__.
    assertListing(
        "x: int = 1\ndef f():\n    y: int = 2\n",
        null,
        """
          1           0 SETUP_ANNOTATIONS
                      2 LOAD_CONST               0 (1)
                      4 STORE_NAME               0 (x)
                      6 LOAD_NAME                1 (int)
                      8 LOAD_NAME                2 (__annotations__)
                     10 LOAD_CONST               1 ('x')
                     12 STORE_SUBSCR

          2          14 LOAD_CONST               2 (<code object f at 0x..., file "<test>", line 2>)
                     16 LOAD_CONST               3 ('f')
                     18 MAKE_FUNCTION            0
                     20 STORE_NAME               3 (f)
                     22 LOAD_CONST               4 (None)
                     24 RETURN_VALUE
        """);
    assertListing(
        "x: int = 1\ndef f():\n    y: int = 2\n",
        "f",
        """
          3           0 LOAD_CONST               1 (2)
                      2 STORE_FAST               0 (y)
                      4 LOAD_CONST               0 (None)
                      6 RETURN_VALUE
        """);
  }

  // ---------------------------------------------------------------- calls

  @Test
  void callsOfEachKind() {
    String src =
        "f(1)\nf(a, k=1)\nf(*a)\nf(*a, *b)\nf(**k)\nf(1, *a, x=2, **k)\no.m(1)\n"
            + "o.m(k=1)\nlst.sort()\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_NAME                0 (f)
                      2 LOAD_CONST               0 (1)
                      4 CALL_FUNCTION            1
                      6 POP_TOP

          2           8 LOAD_NAME                0 (f)
                     10 LOAD_NAME                1 (a)
                     12 LOAD_CONST               0 (1)
                     14 LOAD_CONST               1 (('k',))
                     16 CALL_FUNCTION_KW         2
                     18 POP_TOP

          3          20 LOAD_NAME                0 (f)
                     22 LOAD_NAME                1 (a)
                     24 CALL_FUNCTION_EX         0
                     26 POP_TOP

          4          28 LOAD_NAME                0 (f)
                     30 BUILD_LIST               0
                     32 LOAD_NAME                1 (a)
                     34 LIST_EXTEND              1
                     36 LOAD_NAME                2 (b)
                     38 LIST_EXTEND              1
                     40 LIST_TO_TUPLE
                     42 CALL_FUNCTION_EX         0
                     44 POP_TOP

          5          46 LOAD_NAME                0 (f)
                     48 BUILD_TUPLE              0
                     50 BUILD_MAP                0
                     52 LOAD_NAME                3 (k)
                     54 DICT_MERGE               1
                     56 CALL_FUNCTION_EX         1
                     58 POP_TOP

          6          60 LOAD_NAME                0 (f)
                     62 LOAD_CONST               0 (1)
                     64 BUILD_LIST               1
                     66 LOAD_NAME                1 (a)
                     68 LIST_EXTEND              1
                     70 LIST_TO_TUPLE
                     72 LOAD_CONST               2 ('x')
                     74 LOAD_CONST               3 (2)
                     76 BUILD_MAP                1
                     78 LOAD_NAME                3 (k)
                     80 DICT_MERGE               1
                     82 CALL_FUNCTION_EX         1
                     84 POP_TOP

          7          86 LOAD_NAME                4 (o)
                     88 LOAD_METHOD              5 (m)
                     90 LOAD_CONST               0 (1)
                     92 CALL_METHOD              1
                     94 POP_TOP

          8          96 LOAD_NAME                4 (o)
                     98 LOAD_ATTR                5 (m)
                    100 LOAD_CONST               0 (1)
                    102 LOAD_CONST               1 (('k',))
                    104 CALL_FUNCTION_KW         1
                    106 POP_TOP

          9         108 LOAD_NAME                6 (lst)
                    110 LOAD_METHOD              7 (sort)
                    112 CALL_METHOD              0
                    114 POP_TOP
                    116 LOAD_CONST               4 (None)
                    118 RETURN_VALUE
        """);
  }

  @Test
  void aMethodCallIsOneCallInstruction() {
    assertListing(
        "def sort_list(lst):\n    lst.sort()\n",
        "sort_list",
        """
          2           0 LOAD_FAST                0 (lst)
                      2 LOAD_METHOD              0 (sort)
                      4 CALL_METHOD              0
                      6 POP_TOP
                      8 LOAD_CONST               0 (None)
                     10 RETURN_VALUE
        """);
  }

  // ---------------------------------------------------------------- control flow

  @Test
  void ifElifElseNotAndChainedComparisonInConditions() {
    String src =
        "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n"
            + "if not a and b:\n    y()\nif a < b < c:\n    z()\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_NAME                0 (a)
                      2 POP_JUMP_IF_FALSE       10

          2           4 LOAD_CONST               0 (1)
                      6 STORE_NAME               1 (x)
                      8 JUMP_FORWARD            14 (to 24)

          3     >>   10 LOAD_NAME                2 (b)
                     12 POP_JUMP_IF_FALSE       20

          4          14 LOAD_CONST               1 (2)
                     16 STORE_NAME               1 (x)
                     18 JUMP_FORWARD             4 (to 24)

          6     >>   20 LOAD_CONST               2 (3)
                     22 STORE_NAME               1 (x)

          7     >>   24 LOAD_NAME                0 (a)
                     26 POP_JUMP_IF_TRUE        38
                     28 LOAD_NAME                2 (b)
                     30 POP_JUMP_IF_FALSE       38

          8          32 LOAD_NAME                3 (y)
                     34 CALL_FUNCTION            0
                     36 POP_TOP

          9     >>   38 LOAD_NAME                0 (a)
                     40 LOAD_NAME                2 (b)
                     42 DUP_TOP
                     44 ROT_THREE
                     46 COMPARE_OP               0 (<)
                     48 POP_JUMP_IF_FALSE       58
                     50 LOAD_NAME                4 (c)
                     52 COMPARE_OP               0 (<)
                     54 POP_JUMP_IF_FALSE       68
                     56 JUMP_FORWARD             4 (to 62)
                >>   58 POP_TOP
                     60 JUMP_FORWARD             6 (to 68)

         10     >>   62 LOAD_NAME                5 (z)
                     64 CALL_FUNCTION            0
                     66 POP_TOP
                >>   68 LOAD_CONST               3 (None)
                     70 RETURN_VALUE
        """);
  }

  @Test
  void loopsWithElseBreakAndContinue() {
    String src =
        """
        def f(items):
            for x in items:
                if x:
                    continue
                if x > 5:
                    break
                g(x)
            else:
                h()
            while x:
                x -= 1
            else:
                done()
            while True:
                if x:
                    break
            return x
        """;
    assertListing(
        src,
        "f",
        """
          2           0 LOAD_FAST                0 (items)
                      2 GET_ITER
                >>    4 FOR_ITER                30 (to 36)
                      6 STORE_FAST               1 (x)

          3           8 LOAD_FAST                1 (x)
                     10 POP_JUMP_IF_FALSE       14

          4          12 JUMP_ABSOLUTE            4

          5     >>   14 LOAD_FAST                1 (x)
                     16 LOAD_CONST               1 (5)
                     18 COMPARE_OP               4 (>)
                     20 POP_JUMP_IF_FALSE       26

          6          22 POP_TOP
                     24 JUMP_ABSOLUTE           42

          7     >>   26 LOAD_GLOBAL              0 (g)
                     28 LOAD_FAST                1 (x)
                     30 CALL_FUNCTION            1
                     32 POP_TOP
                     34 JUMP_ABSOLUTE            4

          9     >>   36 LOAD_GLOBAL              1 (h)
                     38 CALL_FUNCTION            0
                     40 POP_TOP

         10     >>   42 LOAD_FAST                1 (x)
                     44 POP_JUMP_IF_FALSE       56

         11          46 LOAD_FAST                1 (x)
                     48 LOAD_CONST               2 (1)
                     50 INPLACE_SUBTRACT
                     52 STORE_FAST               1 (x)
                     54 JUMP_ABSOLUTE           42

         13     >>   56 LOAD_GLOBAL              2 (done)
                     58 CALL_FUNCTION            0
                     60 POP_TOP

         15     >>   62 LOAD_FAST                1 (x)
                     64 POP_JUMP_IF_FALSE       62

         16          66 JUMP_ABSOLUTE           70
                     68 JUMP_ABSOLUTE           62

         17     >>   70 LOAD_FAST                1 (x)
                     72 RETURN_VALUE
        """);
  }

  @Test
  void ifElseInALoopJumpsStraightBackToTheLoopHead() {
    String src =
        """
        def f(n):
            while n > 0:
                if n % 2:
                    n -= 1
                else:
                    n -= 2
            return n
        """;
    assertListing(
        src,
        "f",
        """
          2     >>    0 LOAD_FAST                0 (n)
                      2 LOAD_CONST               1 (0)
                      4 COMPARE_OP               4 (>)
                      6 POP_JUMP_IF_FALSE       36

          3           8 LOAD_FAST                0 (n)
                     10 LOAD_CONST               2 (2)
                     12 BINARY_MODULO
                     14 POP_JUMP_IF_FALSE       26

          4          16 LOAD_FAST                0 (n)
                     18 LOAD_CONST               3 (1)
                     20 INPLACE_SUBTRACT
                     22 STORE_FAST               0 (n)
                     24 JUMP_ABSOLUTE            0

          6     >>   26 LOAD_FAST                0 (n)
                     28 LOAD_CONST               2 (2)
                     30 INPLACE_SUBTRACT
                     32 STORE_FAST               0 (n)
                     34 JUMP_ABSOLUTE            0

          7     >>   36 LOAD_FAST                0 (n)
                     38 RETURN_VALUE
        """);
  }

  @Test
  void returnInsideAForLoopPopsTheIteratorUnderTheValue() {
    assertListing(
        "def g(y):\n    for x in y:\n        return x\n",
        "g",
        """
          2           0 LOAD_FAST                0 (y)
                      2 GET_ITER
                      4 FOR_ITER                10 (to 16)
                      6 STORE_FAST               1 (x)

          3           8 LOAD_FAST                1 (x)
                     10 ROT_TWO
                     12 POP_TOP
                     14 RETURN_VALUE
                >>   16 LOAD_CONST               0 (None)
                     18 RETURN_VALUE
        """);
  }

  @Test
  void booleanOperatorsConditionalExpressionsAndMembership() {
    String src = "x = a if b else c\ny = a and b or c\nz = not a in b\nw = a is not None\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_NAME                0 (b)
                      2 POP_JUMP_IF_FALSE        8
                      4 LOAD_NAME                1 (a)
                      6 JUMP_FORWARD             2 (to 10)
                >>    8 LOAD_NAME                2 (c)
                >>   10 STORE_NAME               3 (x)

          2          12 LOAD_NAME                1 (a)
                     14 POP_JUMP_IF_FALSE       20
                     16 LOAD_NAME                0 (b)
                     18 JUMP_IF_TRUE_OR_POP     22
                >>   20 LOAD_NAME                2 (c)
                >>   22 STORE_NAME               4 (y)

          3          24 LOAD_NAME                1 (a)
                     26 LOAD_NAME                0 (b)
                     28 CONTAINS_OP              1
                     30 STORE_NAME               5 (z)

          4          32 LOAD_NAME                1 (a)
                     34 LOAD_CONST               0 (None)
                     36 IS_OP                    1
                     38 STORE_NAME               6 (w)
                     40 LOAD_CONST               0 (None)
                     42 RETURN_VALUE
        """);
  }

  @Test
  void chainedComparisonAsAValue() {
    assertListing(
        "x = a < b <= c\n",
        null,
        """
          1           0 LOAD_NAME                0 (a)
                      2 LOAD_NAME                1 (b)
                      4 DUP_TOP
                      6 ROT_THREE
                      8 COMPARE_OP               0 (<)
                     10 JUMP_IF_FALSE_OR_POP    18
                     12 LOAD_NAME                2 (c)
                     14 COMPARE_OP               1 (<=)
                     16 JUMP_FORWARD             4 (to 22)
                >>   18 ROT_TWO
                     20 POP_TOP
                >>   22 STORE_NAME               3 (x)
                     24 LOAD_CONST               0 (None)
                     26 RETURN_VALUE
        """);
  }

  @Test
  void constantConditionsEmitOnlyTheBranchTaken() {
    assertListing(
        "if 0:\n    a()\nelse:\n    b()\nwhile 1:\n    c()\n",
        null,
        """
          4           0 LOAD_NAME                0 (b)
                      2 CALL_FUNCTION            0
                      4 POP_TOP

          6     >>    6 LOAD_NAME                1 (c)
                      8 CALL_FUNCTION            0
                     10 POP_TOP
                     12 JUMP_ABSOLUTE            6
                     14 LOAD_CONST               0 (None)
                     16 RETURN_VALUE
        """);
  }

  // ---------------------------------------------------------------- exceptions and with

  @Test
  void tryExceptWithNamedBareAndTupleHandlersAndElse() {
    String src =
        """
        def f():
            try:
                a()
            except ValueError as e:
                b(e)
            except (KeyError, IndexError):
                c()
            except:
                raise
            else:
                d()
        """;
    assertListing(
        src,
        "f",
        """
          2           0 SETUP_FINALLY           10 (to 12)

          3           2 LOAD_GLOBAL              0 (a)
                      4 CALL_FUNCTION            0
                      6 POP_TOP
                      8 POP_BLOCK
                     10 JUMP_FORWARD            82 (to 94)

          4     >>   12 DUP_TOP
                     14 LOAD_GLOBAL              1 (ValueError)
                     16 JUMP_IF_NOT_EXC_MATCH    54
                     18 POP_TOP
                     20 STORE_FAST               0 (e)
                     22 POP_TOP
                     24 SETUP_FINALLY           20 (to 46)

          5          26 LOAD_GLOBAL              2 (b)
                     28 LOAD_FAST                0 (e)
                     30 CALL_FUNCTION            1
                     32 POP_TOP
                     34 POP_BLOCK
                     36 POP_EXCEPT
                     38 LOAD_CONST               0 (None)
                     40 STORE_FAST               0 (e)
                     42 DELETE_FAST              0 (e)
                     44 JUMP_FORWARD            54 (to 100)
                >>   46 LOAD_CONST               0 (None)
                     48 STORE_FAST               0 (e)
                     50 DELETE_FAST              0 (e)
                     52 RERAISE

          6     >>   54 DUP_TOP
                     56 LOAD_GLOBAL              3 (KeyError)
                     58 LOAD_GLOBAL              4 (IndexError)
                     60 BUILD_TUPLE              2
                     62 JUMP_IF_NOT_EXC_MATCH    80
                     64 POP_TOP
                     66 POP_TOP
                     68 POP_TOP

          7          70 LOAD_GLOBAL              5 (c)
                     72 CALL_FUNCTION            0
                     74 POP_TOP
                     76 POP_EXCEPT
                     78 JUMP_FORWARD            20 (to 100)

          8     >>   80 POP_TOP
                     82 POP_TOP
                     84 POP_TOP

          9          86 RAISE_VARARGS            0
                     88 POP_EXCEPT
                     90 JUMP_FORWARD             8 (to 100)
                     92 RERAISE

         11     >>   94 LOAD_GLOBAL              6 (d)
                     96 CALL_FUNCTION            0
                     98 POP_TOP
                >>  100 LOAD_CONST               0 (None)
                    102 RETURN_VALUE
        """);
  }

  @Test
  void returnThroughFinallyRunsTheFinallyBodyInline() {
    assertListing(
        "def f(x):\n    try:\n        return g(x)\n    finally:\n        x.close()\n",
        "f",
        """
          2           0 SETUP_FINALLY           18 (to 20)

          3           2 LOAD_GLOBAL              0 (g)
                      4 LOAD_FAST                0 (x)
                      6 CALL_FUNCTION            1
                      8 POP_BLOCK

          5          10 LOAD_FAST                0 (x)
                     12 LOAD_METHOD              1 (close)
                     14 CALL_METHOD              0
                     16 POP_TOP

          3          18 RETURN_VALUE

          5     >>   20 LOAD_FAST                0 (x)
                     22 LOAD_METHOD              1 (close)
                     24 CALL_METHOD              0
                     26 POP_TOP
                     28 RERAISE
                     30 LOAD_CONST               0 (None)
                     32 RETURN_VALUE
        """);
  }

  @Test
  void returnOutOfAnExceptHandlerMovesTheValueBelowTheSavedException() {
    String src = "def g(a):\n    try:\n        pass\n    except E as e:\n        return e\n";
    String text = listing(src, "g");
    // One saved-exception slot: ROT_TWO where CPython 3.9 needs ROT_FOUR.
    assertTrue(
        text.contains(
            """
          5          20 LOAD_FAST                1 (e)
                     22 POP_BLOCK
                     24 ROT_TWO
                     26 POP_EXCEPT
                     28 LOAD_CONST               0 (None)
                     30 STORE_FAST               1 (e)
                     32 DELETE_FAST              1 (e)
                     34 RETURN_VALUE
        """),
        text);
  }

  @Test
  void withStatementsAndReturnInsideThem() {
    String src =
        """
        def f(lock, path):
            with lock:
                n()
            with open(path) as fp, lock as l:
                return fp.read()
        """;
    assertListing(
        src,
        "f",
        """
          2           0 LOAD_FAST                0 (lock)
                      2 SETUP_WITH              22 (to 26)
                      4 POP_TOP

          3           6 LOAD_GLOBAL              0 (n)
                      8 CALL_FUNCTION            0
                     10 POP_TOP
                     12 POP_BLOCK
                     14 LOAD_CONST               0 (None)
                     16 DUP_TOP
                     18 DUP_TOP
                     20 CALL_FUNCTION            3
                     22 POP_TOP
                     24 JUMP_FORWARD            16 (to 42)
                >>   26 WITH_EXCEPT_START
                     28 POP_JUMP_IF_TRUE        32
                     30 RERAISE
                >>   32 POP_TOP
                     34 POP_TOP
                     36 POP_TOP
                     38 POP_EXCEPT
                     40 POP_TOP

          4     >>   42 LOAD_GLOBAL              1 (open)
                     44 LOAD_FAST                1 (path)
                     46 CALL_FUNCTION            1
                     48 SETUP_WITH              74 (to 124)
                     50 STORE_FAST               2 (fp)
                     52 LOAD_FAST                0 (lock)
                     54 SETUP_WITH              38 (to 94)
                     56 STORE_FAST               3 (l)

          5          58 LOAD_FAST                2 (fp)
                     60 LOAD_METHOD              2 (read)
                     62 CALL_METHOD              0
                     64 POP_BLOCK
                     66 ROT_TWO
                     68 LOAD_CONST               0 (None)
                     70 DUP_TOP
                     72 DUP_TOP
                     74 CALL_FUNCTION            3
                     76 POP_TOP
                     78 POP_BLOCK
                     80 ROT_TWO
                     82 LOAD_CONST               0 (None)
                     84 DUP_TOP
                     86 DUP_TOP
                     88 CALL_FUNCTION            3
                     90 POP_TOP
                     92 RETURN_VALUE
                >>   94 WITH_EXCEPT_START
                     96 POP_JUMP_IF_TRUE       100
                     98 RERAISE
                >>  100 POP_TOP
                    102 POP_TOP
                    104 POP_TOP
                    106 POP_EXCEPT
                    108 POP_TOP
                    110 POP_BLOCK
                    112 LOAD_CONST               0 (None)
                    114 DUP_TOP
                    116 DUP_TOP
                    118 CALL_FUNCTION            3
                    120 POP_TOP
                    122 JUMP_FORWARD            16 (to 140)
                >>  124 WITH_EXCEPT_START
                    126 POP_JUMP_IF_TRUE       130
                    128 RERAISE
                >>  130 POP_TOP
                    132 POP_TOP
                    134 POP_TOP
                    136 POP_EXCEPT
                    138 POP_TOP
                >>  140 LOAD_CONST               0 (None)
                    142 RETURN_VALUE
        """);
  }

  @Test
  void breakOutOfWithAndFinallyUnwindsBoth() {
    String src =
        """
        def f(items, lock):
            for x in items:
                with lock:
                    try:
                        break
                    finally:
                        print(x)
        """;
    String text = listing(src, "f");
    assertTrue(
        text.contains(
            """
          5          16 POP_BLOCK

          7          18 LOAD_GLOBAL              0 (print)
                     20 LOAD_FAST                2 (x)
                     22 CALL_FUNCTION            1
                     24 POP_TOP

          5          26 POP_BLOCK
                     28 LOAD_CONST               0 (None)
                     30 DUP_TOP
                     32 DUP_TOP
                     34 CALL_FUNCTION            3
                     36 POP_TOP
                     38 POP_TOP
                     40 JUMP_ABSOLUTE           96
        """),
        text);
  }

  @Test
  void raiseAndAssert() {
    assertListing(
        "assert x, 'msg'\nraise E from None\nraise\n",
        null,
        """
          1           0 LOAD_NAME                0 (x)
                      2 POP_JUMP_IF_TRUE        12
                      4 LOAD_ASSERTION_ERROR
                      6 LOAD_CONST               0 ('msg')
                      8 CALL_FUNCTION            1
                     10 RAISE_VARARGS            1

          2     >>   12 LOAD_NAME                1 (E)
                     14 LOAD_CONST               1 (None)
                     16 RAISE_VARARGS            2

          3          18 RAISE_VARARGS            0
                     20 LOAD_CONST               1 (None)
                     22 RETURN_VALUE
        """);
  }

  // ---------------------------------------------------------------- functions and scopes

  @Test
  void decoratorsDefaultsAndKeywordOnlyDefaults() {
    String src =
        "@dec1\n@dec2(3)\ndef f(a, b=2, *args, c, d=4, **kw):\n    \"\"\"doc\"\"\"\n"
            + "    return a\n";
    PyCode module = compile(src);
    assertEquals(
        """
          1           0 LOAD_NAME                0 (dec1)

          2           2 LOAD_NAME                1 (dec2)
                      4 LOAD_CONST               0 (3)
                      6 CALL_FUNCTION            1

          3           8 LOAD_CONST               7 ((2,))
                     10 LOAD_CONST               2 (4)
                     12 LOAD_CONST               3 (('d',))
                     14 BUILD_CONST_KEY_MAP      1
                     16 LOAD_CONST               4 (<code object f at 0x..., file "<test>", line 1>)
                     18 LOAD_CONST               5 ('f')
                     20 MAKE_FUNCTION            3 (defaults, kwdefaults)

          2          22 CALL_FUNCTION            1

          1          24 CALL_FUNCTION            1

          3          26 STORE_NAME               2 (f)
                     28 LOAD_CONST               6 (None)
                     30 RETURN_VALUE
        """,
        listing(module));
    PyCode f = find(module, "f");
    assertEquals(1, f.firstLineNo);
    assertEquals(2, f.argcount);
    assertEquals(2, f.kwonlyargcount);
    assertArrayEquals(new String[] {"a", "b", "c", "d", "args", "kw"}, f.varnames);
    assertEquals("'doc'", f.consts[0].repr());
    assertEquals(
        PyCode.CO_OPTIMIZED
            | PyCode.CO_NEWLOCALS
            | PyCode.CO_VARARGS
            | PyCode.CO_VARKEYWORDS
            | PyCode.CO_NOFREE,
        f.flags);
  }

  @Test
  void closuresWithCellAndFreeVariables() {
    String src =
        """
        def counter():
            count = 0
            def inc():
                nonlocal count
                count += 1
                return count
            return inc
        """;
    assertListing(
        src,
        "counter",
        """
          2           0 LOAD_CONST               1 (0)
                      2 STORE_DEREF              0 (count)

          3           4 LOAD_CLOSURE             0 (count)
                      6 BUILD_TUPLE              1
                      8 LOAD_CONST               2 (<code object inc at 0x..., file "<test>", line 3>)
                     10 LOAD_CONST               3 ('counter.<locals>.inc')
                     12 MAKE_FUNCTION            8 (closure)
                     14 STORE_FAST               0 (inc)

          7          16 LOAD_FAST                0 (inc)
                     18 RETURN_VALUE
        """);
    assertListing(
        src,
        "inc",
        """
          5           0 LOAD_DEREF               0 (count)
                      2 LOAD_CONST               1 (1)
                      4 INPLACE_ADD
                      6 STORE_DEREF              0 (count)

          6           8 LOAD_DEREF               0 (count)
                     10 RETURN_VALUE
        """);
    PyCode inc = find(compile(src), "inc");
    assertArrayEquals(new String[] {"count"}, inc.freevars);
    assertEquals(PyCode.CO_NESTED, inc.flags & PyCode.CO_NESTED);
  }

  @Test
  void freeVariablesFlowThroughIntermediateScopes() {
    String src =
        "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n"
            + "        return c\n    return b\n";
    PyCode module = compile(src);
    assertArrayEquals(new String[] {"x"}, find(module, "a").cellvars);
    assertArrayEquals(new String[] {"x"}, find(module, "b").freevars);
    assertArrayEquals(new String[] {"x"}, find(module, "c").freevars);
    assertTrue(listing(find(module, "b")).contains("LOAD_CLOSURE             0 (x)"));
  }

  @Test
  void aParameterCapturedByAClosureIsACellCopiedFromTheArgument() {
    PyCode f = find(compile("def f(a, b):\n    return lambda: b\n"), "f");
    assertArrayEquals(new String[] {"b"}, f.cellvars);
    assertArrayEquals(new int[] {1}, f.cell2arg);
  }

  @Test
  void classBodyWithSuperGetsTheClassCell() {
    String src =
        """
        class Base(object):
            def __init__(self):
                super().__init__()
                self.x = __class__
        """;
    assertListing(
        src,
        "Base",
        """
          1           0 LOAD_NAME                0 (__name__)
                      2 STORE_NAME               1 (__module__)
                      4 LOAD_CONST               0 ('Base')
                      6 STORE_NAME               2 (__qualname__)

          2           8 LOAD_CLOSURE             0 (__class__)
                     10 BUILD_TUPLE              1
                     12 LOAD_CONST               1 (<code object __init__ at 0x..., file "<test>", line 2>)
                     14 LOAD_CONST               2 ('Base.__init__')
                     16 MAKE_FUNCTION            8 (closure)
                     18 STORE_NAME               3 (__init__)
                     20 LOAD_CLOSURE             0 (__class__)
                     22 DUP_TOP
                     24 STORE_NAME               4 (__classcell__)
                     26 RETURN_VALUE
        """);
    assertListing(
        src,
        "__init__",
        """
          3           0 LOAD_GLOBAL              0 (super)
                      2 CALL_FUNCTION            0
                      4 LOAD_METHOD              1 (__init__)
                      6 CALL_METHOD              0
                      8 POP_TOP

          4          10 LOAD_DEREF               0 (__class__)
                     12 LOAD_FAST                0 (self)
                     14 STORE_ATTR               2 (x)
                     16 LOAD_CONST               0 (None)
                     18 RETURN_VALUE
        """);
    assertListing(
        src,
        null,
        """
          1           0 LOAD_BUILD_CLASS
                      2 LOAD_CONST               0 (<code object Base at 0x..., file "<test>", line 1>)
                      4 LOAD_CONST               1 ('Base')
                      6 MAKE_FUNCTION            0
                      8 LOAD_CONST               1 ('Base')
                     10 LOAD_NAME                0 (object)
                     12 CALL_FUNCTION            3
                     14 STORE_NAME               1 (Base)
                     16 LOAD_CONST               2 (None)
                     18 RETURN_VALUE
        """);
  }

  @Test
  void aClassBodyReadsEnclosingFunctionVariablesWithLoadClassderef() {
    String src =
        """
        def outer():
            x = 1
            y = 2
            class C:
                x = 5
                z = y
                def m(self):
                    return x
            return C
        """;
    assertListing(
        src,
        "C",
        """
          4           0 LOAD_NAME                0 (__name__)
                      2 STORE_NAME               1 (__module__)
                      4 LOAD_CONST               0 ('outer.<locals>.C')
                      6 STORE_NAME               2 (__qualname__)

          5           8 LOAD_CONST               1 (5)
                     10 STORE_NAME               3 (x)

          6          12 LOAD_CLASSDEREF          1 (y)
                     14 STORE_NAME               4 (z)

          7          16 LOAD_CLOSURE             0 (x)
                     18 BUILD_TUPLE              1
                     20 LOAD_CONST               2 (<code object m at 0x..., file "<test>", line 7>)
                     22 LOAD_CONST               3 ('outer.<locals>.C.m')
                     24 MAKE_FUNCTION            8 (closure)
                     26 STORE_NAME               5 (m)
                     28 LOAD_CONST               4 (None)
                     30 RETURN_VALUE
        """);
  }

  @Test
  void privateNamesAreMangledInClasses() {
    PyCode m = find(compile("class C:\n    def m(self):\n        return self.__x\n"), "m");
    assertArrayEquals(new String[] {"_C__x"}, m.names);
  }

  @Test
  void generatorsYieldAndYieldFrom() {
    String src = "def gen(n):\n    x = yield\n    yield n\n    yield from range(n)\n    return x\n";
    assertListing(
        src,
        "gen",
        """
          2           0 LOAD_CONST               0 (None)
                      2 YIELD_VALUE
                      4 STORE_FAST               1 (x)

          3           6 LOAD_FAST                0 (n)
                      8 YIELD_VALUE
                     10 POP_TOP

          4          12 LOAD_GLOBAL              0 (range)
                     14 LOAD_FAST                0 (n)
                     16 CALL_FUNCTION            1
                     18 GET_YIELD_FROM_ITER
                     20 LOAD_CONST               0 (None)
                     22 YIELD_FROM
                     24 POP_TOP

          5          26 LOAD_FAST                1 (x)
                     28 RETURN_VALUE
        """);
    assertTrue(find(compile(src), "gen").isGenerator());
  }

  @Test
  void lambdasHaveNoneAsTheirFirstConstant() {
    PyCode module = compile("f = lambda x, y=2: x + y\n");
    assertListing(
        "f = lambda x, y=2: x + y\n",
        "<lambda>",
        """
          1           0 LOAD_FAST                0 (x)
                      2 LOAD_FAST                1 (y)
                      4 BINARY_ADD
                      6 RETURN_VALUE
        """);
    assertEquals("None", find(module, "<lambda>").consts[0].repr());
  }

  // ---------------------------------------------------------------- comprehensions

  @Test
  void comprehensionsAreFunctionsCalledWithTheFirstIterator() {
    String src =
        """
        def f(xs, ys):
            a = [x * 2 for x in xs if x if x > 1]
            b = {x for x in xs}
            c = {k: v for k, v in xs}
            d = (x for x in xs)
            e = [(x, y) for x in xs for y in ys]
            g = [z for x in xs for z in [x + 1]]
        """;
    PyCode module = compile(src);
    assertTrue(
        listing(find(module, "f"))
            .startsWith(
                """
          2           0 LOAD_CONST               1 (<code object <listcomp> at 0x..., file "<test>", line 2>)
                      2 LOAD_CONST               2 ('f.<locals>.<listcomp>')
                      4 MAKE_FUNCTION            0
                      6 LOAD_FAST                0 (xs)
                      8 GET_ITER
                     10 CALL_FUNCTION            1
                     12 STORE_FAST               2 (a)
        """));
    assertListing(
        src,
        "<listcomp>",
        """
          2           0 BUILD_LIST               0
                      2 LOAD_FAST                0 (.0)
                >>    4 FOR_ITER                24 (to 30)
                      6 STORE_FAST               1 (x)
                      8 LOAD_FAST                1 (x)
                     10 POP_JUMP_IF_FALSE        4
                     12 LOAD_FAST                1 (x)
                     14 LOAD_CONST               0 (1)
                     16 COMPARE_OP               4 (>)
                     18 POP_JUMP_IF_FALSE        4
                     20 LOAD_FAST                1 (x)
                     22 LOAD_CONST               1 (2)
                     24 BINARY_MULTIPLY
                     26 LIST_APPEND              2
                     28 JUMP_ABSOLUTE            4
                >>   30 RETURN_VALUE
        """);
    assertListing(
        src,
        "<dictcomp>",
        """
          4           0 BUILD_MAP                0
                      2 LOAD_FAST                0 (.0)
                >>    4 FOR_ITER                14 (to 20)
                      6 UNPACK_SEQUENCE          2
                      8 STORE_FAST               1 (k)
                     10 STORE_FAST               2 (v)
                     12 LOAD_FAST                1 (k)
                     14 LOAD_FAST                2 (v)
                     16 MAP_ADD                  2
                     18 JUMP_ABSOLUTE            4
                >>   20 RETURN_VALUE
        """);
    assertListing(
        src,
        "<genexpr>",
        """
          5           0 LOAD_FAST                0 (.0)
                >>    2 FOR_ITER                10 (to 14)
                      4 STORE_FAST               1 (x)
                      6 LOAD_FAST                1 (x)
                      8 YIELD_VALUE
                     10 POP_TOP
                     12 JUMP_ABSOLUTE            2
                >>   14 LOAD_CONST               0 (None)
                     16 RETURN_VALUE
        """);
    PyCode nested = (PyCode) find(module, "f").consts[9];
    assertEquals(
        """
          6           0 BUILD_LIST               0
                      2 LOAD_FAST                0 (.0)
                >>    4 FOR_ITER                22 (to 28)
                      6 STORE_FAST               1 (x)
                      8 LOAD_DEREF               0 (ys)
                     10 GET_ITER
                >>   12 FOR_ITER                12 (to 26)
                     14 STORE_FAST               2 (y)
                     16 LOAD_FAST                1 (x)
                     18 LOAD_FAST                2 (y)
                     20 BUILD_TUPLE              2
                     22 LIST_APPEND              3
                     24 JUMP_ABSOLUTE           12
                >>   26 JUMP_ABSOLUTE            4
                >>   28 RETURN_VALUE
        """,
        listing(nested));
    PyCode idiom = (PyCode) find(module, "f").consts[10];
    assertEquals(
        """
          7           0 BUILD_LIST               0
                      2 LOAD_FAST                0 (.0)
                >>    4 FOR_ITER                16 (to 22)
                      6 STORE_FAST               1 (x)
                      8 LOAD_FAST                1 (x)
                     10 LOAD_CONST               0 (1)
                     12 BINARY_ADD
                     14 STORE_FAST               2 (z)
                     16 LOAD_FAST                2 (z)
                     18 LIST_APPEND              2
                     20 JUMP_ABSOLUTE            4
                >>   22 RETURN_VALUE
        """,
        listing(idiom));
    assertTrue(find(module, "<genexpr>").isGenerator());
  }

  @Test
  void walrusInAComprehensionBindsInTheEnclosingFunction() {
    String src = "def w(data):\n    if any((n := v) > 3 for v in data):\n        return n\n";
    PyCode module = compile(src);
    assertArrayEquals(new String[] {"n"}, find(module, "w").cellvars);
    assertArrayEquals(new String[] {"n"}, find(module, "<genexpr>").freevars);
    String genexpr = listing(find(module, "<genexpr>"));
    assertTrue(
        genexpr.contains(
            """
                      6 LOAD_FAST                1 (v)
                      8 DUP_TOP
                     10 STORE_DEREF              0 (n)
        """),
        genexpr);
  }

  // ---------------------------------------------------------------- displays, f-strings, imports

  @Test
  void displaysWithStarsAndConstants() {
    String src =
        "z = [*a, 1, *b]\nw = {**a, 'k': 1}\nv = (*a,)\nl = [1, 2, 3]\ns = {1, 2, 3}\n"
            + "d = {'a': x, 'b': y}\n";
    assertListing(
        src,
        null,
        """
          1           0 BUILD_LIST               0
                      2 LOAD_NAME                0 (a)
                      4 LIST_EXTEND              1
                      6 LOAD_CONST               0 (1)
                      8 LIST_APPEND              1
                     10 LOAD_NAME                1 (b)
                     12 LIST_EXTEND              1
                     14 STORE_NAME               2 (z)

          2          16 BUILD_MAP                0
                     18 LOAD_NAME                0 (a)
                     20 DICT_UPDATE              1
                     22 LOAD_CONST               1 ('k')
                     24 LOAD_CONST               0 (1)
                     26 BUILD_MAP                1
                     28 DICT_UPDATE              1
                     30 STORE_NAME               3 (w)

          3          32 BUILD_LIST               0
                     34 LOAD_NAME                0 (a)
                     36 LIST_EXTEND              1
                     38 LIST_TO_TUPLE
                     40 STORE_NAME               4 (v)

          4          42 BUILD_LIST               0
                     44 LOAD_CONST               2 ((1, 2, 3))
                     46 LIST_EXTEND              1
                     48 STORE_NAME               5 (l)

          5          50 BUILD_SET                0
                     52 LOAD_CONST               3 (frozenset({1, 2, 3}))
                     54 SET_UPDATE               1
                     56 STORE_NAME               6 (s)

          6          58 LOAD_NAME                7 (x)
                     60 LOAD_NAME                8 (y)
                     62 LOAD_CONST               4 (('a', 'b'))
                     64 BUILD_CONST_KEY_MAP      2
                     66 STORE_NAME               9 (d)
                     68 LOAD_CONST               5 (None)
                     70 RETURN_VALUE
        """);
  }

  @Test
  void slices() {
    assertListing(
        "u = a[1:2], a[::3], a[i, 1:]\n",
        null,
        """
          1           0 LOAD_NAME                0 (a)
                      2 LOAD_CONST               0 (1)
                      4 LOAD_CONST               1 (2)
                      6 BUILD_SLICE              2
                      8 BINARY_SUBSCR
                     10 LOAD_NAME                0 (a)
                     12 LOAD_CONST               2 (None)
                     14 LOAD_CONST               2 (None)
                     16 LOAD_CONST               3 (3)
                     18 BUILD_SLICE              3
                     20 BINARY_SUBSCR
                     22 LOAD_NAME                0 (a)
                     24 LOAD_NAME                1 (i)
                     26 LOAD_CONST               0 (1)
                     28 LOAD_CONST               2 (None)
                     30 BUILD_SLICE              2
                     32 BUILD_TUPLE              2
                     34 BINARY_SUBSCR
                     36 BUILD_TUPLE              3
                     38 STORE_NAME               2 (u)
                     40 LOAD_CONST               2 (None)
                     42 RETURN_VALUE
        """);
  }

  @Test
  void formattedStrings() {
    String src = "a = f\"{name}\"\nb = f\"hi {name!r} {3.5:.2f} {name!s:>{10}} {name!a}\"\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_NAME                0 (name)
                      2 FORMAT_VALUE             0
                      4 STORE_NAME               1 (a)

          2           6 LOAD_CONST               0 ('hi ')
                      8 LOAD_NAME                0 (name)
                     10 FORMAT_VALUE             2 (repr)
                     12 LOAD_CONST               1 (' ')
                     14 LOAD_CONST               2 (3.5)
                     16 LOAD_CONST               3 ('.2f')
                     18 FORMAT_VALUE             4 (with format)
                     20 LOAD_CONST               1 (' ')
                     22 LOAD_NAME                0 (name)
                     24 LOAD_CONST               4 ('>')
                     26 LOAD_CONST               5 (10)
                     28 FORMAT_VALUE             0
                     30 BUILD_STRING             2
                     32 FORMAT_VALUE             5 (str, with format)
                     34 LOAD_CONST               1 (' ')
                     36 LOAD_NAME                0 (name)
                     38 FORMAT_VALUE             3 (ascii)
                     40 BUILD_STRING             8
                     42 STORE_NAME               2 (b)
                     44 LOAD_CONST               6 (None)
                     46 RETURN_VALUE
        """);
  }

  @Test
  void relativeAndStarImportsPassTheirLevel() {
    assertListing(
        "from . import x\nfrom ..p.q import *\n",
        null,
        """
          1           0 LOAD_CONST               0 (1)
                      2 LOAD_CONST               1 (('x',))
                      4 IMPORT_NAME              0
                      6 IMPORT_FROM              1 (x)
                      8 STORE_NAME               1 (x)
                     10 POP_TOP

          2          12 LOAD_CONST               2 (2)
                     14 LOAD_CONST               3 (('*',))
                     16 IMPORT_NAME              2 (p.q)
                     18 IMPORT_STAR
                     20 LOAD_CONST               4 (None)
                     22 RETURN_VALUE
        """);
  }

  @Test
  void imports() {
    String src =
        "import threading\nimport os.path\nimport a.b.c as d\n"
            + "from time import sleep, time as now\n";
    assertListing(
        src,
        null,
        """
          1           0 LOAD_CONST               0 (0)
                      2 LOAD_CONST               1 (None)
                      4 IMPORT_NAME              0 (threading)
                      6 STORE_NAME               0 (threading)

          2           8 LOAD_CONST               0 (0)
                     10 LOAD_CONST               1 (None)
                     12 IMPORT_NAME              1 (os.path)
                     14 STORE_NAME               2 (os)

          3          16 LOAD_CONST               0 (0)
                     18 LOAD_CONST               1 (None)
                     20 IMPORT_NAME              3 (a.b.c)
                     22 IMPORT_FROM              4 (b)
                     24 ROT_TWO
                     26 POP_TOP
                     28 IMPORT_FROM              5 (c)
                     30 STORE_NAME               6 (d)
                     32 POP_TOP

          4          34 LOAD_CONST               0 (0)
                     36 LOAD_CONST               2 (('sleep', 'time'))
                     38 IMPORT_NAME              7 (time)
                     40 IMPORT_FROM              8 (sleep)
                     42 STORE_NAME               8 (sleep)
                     44 IMPORT_FROM              7 (time)
                     46 STORE_NAME               9 (now)
                     48 POP_TOP
                     50 LOAD_CONST               1 (None)
                     52 RETURN_VALUE
        """);
  }

  @Test
  void mainGuard() {
    assertListing(
        "if __name__ == \"__main__\":\n    main()\n",
        null,
        """
          1           0 LOAD_NAME                0 (__name__)
                      2 LOAD_CONST               0 ('__main__')
                      4 COMPARE_OP               2 (==)
                      6 POP_JUMP_IF_FALSE       14

          2           8 LOAD_NAME                1 (main)
                     10 CALL_FUNCTION            0
                     12 POP_TOP
                >>   14 LOAD_CONST               1 (None)
                     16 RETURN_VALUE
        """);
  }

  // ---------------------------------------------------------------- constants

  @Test
  void constantFoldingAndDeduplication() {
    String src =
        """
        a = -1
        b = (1, 2, (3, -4))
        c = 2 ** 10
        d = 1 / 0
        e = 2 ** 200
        f = "ab" * 3
        g = "a" * 5000
        h = x in [1, 2]
        i = x not in {1, 2}
        j = (1, 1.0, True, 0.0, -0.0)
        k = "abc"[1]
        l = not True
        m = ~5 + 3 * 4 // 2 % 5
        n = __debug__
        p = 1.5 + 2
        q = 1 << 130
        r = 7 // -2, -7 % 3, 7.5 % -2
        """;
    assertListing(
        src,
        null,
        """
          1           0 LOAD_CONST               0 (-1)
                      2 STORE_NAME               0 (a)

          2           4 LOAD_CONST               1 ((1, 2, (3, -4)))
                      6 STORE_NAME               1 (b)

          3           8 LOAD_CONST               2 (1024)
                     10 STORE_NAME               2 (c)

          4          12 LOAD_CONST               3 (1)
                     14 LOAD_CONST               4 (0)
                     16 BINARY_TRUE_DIVIDE
                     18 STORE_NAME               3 (d)

          5          20 LOAD_CONST               5 (2)
                     22 LOAD_CONST               6 (200)
                     24 BINARY_POWER
                     26 STORE_NAME               4 (e)

          6          28 LOAD_CONST               7 ('ababab')
                     30 STORE_NAME               5 (f)

          7          32 LOAD_CONST               8 ('a')
                     34 LOAD_CONST               9 (5000)
                     36 BINARY_MULTIPLY
                     38 STORE_NAME               6 (g)

          8          40 LOAD_NAME                7 (x)
                     42 LOAD_CONST              10 ((1, 2))
                     44 CONTAINS_OP              0
                     46 STORE_NAME               8 (h)

          9          48 LOAD_NAME                7 (x)
                     50 LOAD_CONST              11 (frozenset({1, 2}))
                     52 CONTAINS_OP              1
                     54 STORE_NAME               9 (i)

         10          56 LOAD_CONST              12 ((1, 1.0, True, 0.0, -0.0))
                     58 STORE_NAME              10 (j)

         11          60 LOAD_CONST              13 ('b')
                     62 STORE_NAME              11 (k)

         12          64 LOAD_CONST              14 (False)
                     66 STORE_NAME              12 (l)

         13          68 LOAD_CONST              15 (-5)
                     70 STORE_NAME              13 (m)

         14          72 LOAD_CONST              16 (True)
                     74 STORE_NAME              14 (n)

         15          76 LOAD_CONST              17 (3.5)
                     78 STORE_NAME              15 (p)

         16          80 LOAD_CONST               3 (1)
                     82 LOAD_CONST              18 (130)
                     84 BINARY_LSHIFT
                     86 STORE_NAME              16 (q)

         17          88 LOAD_CONST              19 ((-4, 2, -0.5))
                     90 STORE_NAME              17 (r)
                     92 LOAD_CONST              20 (None)
                     94 RETURN_VALUE
        """);
  }

  @Test
  void equalConstantsOfDifferentTypesStayDistinct() {
    PyCode module = compile("a = 1\nb = 1.0\nc = True\nd = 1\ne = 0.0\nf = -0.0\n");
    assertEquals(6, module.consts.length);
    assertEquals("1", module.consts[0].repr());
    assertEquals("1.0", module.consts[1].repr());
    assertEquals("True", module.consts[2].repr());
    assertEquals("0.0", module.consts[3].repr());
    assertEquals("-0.0", module.consts[4].repr());
    assertEquals("None", module.consts[5].repr());
  }

  @Test
  void forOverAListLiteralIteratesATuple() {
    assertListing(
        "for x in [1, 2]:\n    pass\nfor y in [a, b]:\n    pass\n",
        null,
        """
          1           0 LOAD_CONST               0 ((1, 2))
                      2 GET_ITER
                >>    4 FOR_ITER                 4 (to 10)
                      6 STORE_NAME               0 (x)

          2           8 JUMP_ABSOLUTE            4

          3     >>   10 LOAD_NAME                1 (a)
                     12 LOAD_NAME                2 (b)
                     14 BUILD_TUPLE              2
                     16 GET_ITER
                >>   18 FOR_ITER                 4 (to 24)
                     20 STORE_NAME               3 (y)

          4          22 JUMP_ABSOLUTE           18
                >>   24 LOAD_CONST               1 (None)
                     26 RETURN_VALUE
        """);
  }

  @Test
  void foldingNeverHidesAnError() {
    for (String src :
        new String[] {
          "x = 1 // 0\n",
          "x = 1 % 0\n",
          "x = 2.0 / 0\n",
          "x = 0 ** -1\n",
          "x = 1 << -1\n",
          "x = 'a' + 1\n",
          "x = (-8) ** 0.5\n",
          "x = 'abc'[5]\n",
          "x = -'a'\n",
          "x = 1e308 * 10 ** 400\n"
        }) {
      PyCode module = compile(src);
      assertTrue(module.code.length > 6, src + " was folded");
    }
  }

  // ---------------------------------------------------------------- lines

  @Test
  void aCallSpanningLinesEndsOnTheCallsOwnLine() {
    PyCode module = compile("foo(a,\n    b)\n");
    assertArrayEquals(new int[] {1, 1, 2, 1, 1, 1, 1}, module.lines);
    assertEquals(1, module.firstLineNo);
  }

  @Test
  void theModuleStartsAtLineOneAndFunctionsAtTheirFirstDecorator() {
    PyCode module = compile("\n\n@d\n\ndef f():\n    pass\n");
    assertEquals(1, module.firstLineNo);
    assertEquals(3, find(module, "f").firstLineNo);
    assertArrayEquals(new int[] {6, 6}, find(module, "f").lines);
  }

  @Test
  void handBuiltTreesCompileWithoutTheParser() {
    // n += 1, and def f(): global n; n += 1
    Node.Name n = new Node.Name("n", Ctx.STORE, 1, 0);
    Node.Stmt aug = new Node.AugAssign(n, Node.BinOpKind.ADD, new Node.Constant(1L, 1, 5), 1, 0);
    Node.Arguments noArgs =
        new Node.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    Node.Stmt def =
        new Node.FunctionDef(
            "f",
            noArgs,
            List.of(
                new Node.Global(List.of("n"), 3, 4),
                new Node.AugAssign(
                    new Node.Name("n", Ctx.STORE, 4, 4),
                    Node.BinOpKind.ADD,
                    new Node.Constant(1L, 4, 9),
                    4,
                    4)),
            List.of(),
            2,
            0);
    PyCode module = Compiler.compile(new Node.Module(List.of(aug, def), 1, 0), "<ast>");
    assertEquals(
        """
          1           0 LOAD_GLOBAL              0 (n)
                      2 LOAD_CONST               0 (1)
                      4 INPLACE_ADD
                      6 STORE_GLOBAL             0 (n)

          2           8 LOAD_CONST               1 (<code object f at 0x..., file "<ast>", line 2>)
                     10 LOAD_CONST               2 ('f')
                     12 MAKE_FUNCTION            0
                     14 STORE_NAME               1 (f)
                     16 LOAD_CONST               3 (None)
                     18 RETURN_VALUE
        """,
        listing(module));
    assertEquals(
        """
          4           0 LOAD_GLOBAL              0 (n)
                      2 LOAD_CONST               1 (1)
                      4 INPLACE_ADD
                      6 STORE_GLOBAL             0 (n)
                      8 LOAD_CONST               0 (None)
                     10 RETURN_VALUE
        """,
        listing(find(module, "f")));
  }
}
