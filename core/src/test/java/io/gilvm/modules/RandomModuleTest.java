package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expected values are what CPython 3.11 draws for the same seeds. */
class RandomModuleTest {

  @Test
  void mersenneTwisterMatchesCpythonForSeed42() {
    MersenneTwister mt = new MersenneTwister();
    mt.seed(BigInteger.valueOf(42));
    assertEquals(0.6394267984578837, mt.nextDouble());
  }

  @Test
  void seededDrawsMatchCpython() {
    String src =
        "import random\nfor s in (0, 1, 42):\n  random.seed(s)\n  a = random.random()\n"
            + "  b = random.randint(1, 100)\n  c = random.choice('abcdefg')\n  d = list(range(10))\n"
            + "  random.shuffle(d)\n  print(s, a, b, c, d)";
    assertEquals(
        "0 0.8444218515250481 98 d [1, 9, 8, 5, 6, 2, 3, 7, 4, 0]\n"
            + "1 0.13436424411240122 98 a [8, 2, 0, 9, 5, 3, 6, 7, 1, 4]\n"
            + "42 0.6394267984578837 4 f [7, 6, 2, 9, 0, 5, 1, 8, 3, 4]\n",
        PyRun.out(src));
  }

  @Test
  void otherSeedTypesMatchCpython() {
    assertEquals(
        "0.6229016948897019 0.7586581712996778 0.3537754404730722 0.551763726942059\n",
        PyRun.out(
            "import random\nr = []\nfor s in (-5, 2**100, 'hello', 1.5):\n  random.seed(s)\n"
                + "  r.append(random.random())\nprint(*r)"));
  }

  @Test
  void derivedDrawsMatchCpython() {
    assertEquals(
        "334610539797860788342 14 1.755804204157224 -0.5588897658482705 [68, 90, 77, 18, 39] "
            + "['a', 'a', 'c', 'a', 'b'] [2, 2, 3, 2]\n",
        PyRun.out(
            "import random\nrandom.seed(0)\nrandom.random(); random.randint(1, 100)\n"
                + "random.choice('abcdefg'); random.shuffle(list(range(10)))\n"
                + "print(random.getrandbits(70), random.randrange(0, 100, 7), random.uniform(1, 2),"
                + " random.gauss(0, 1), random.sample(range(100), 5), random.choices('abc', k=5),"
                + " random.choices([1, 2, 3], weights=[1, 5, 10], k=4))"));
  }

  @Test
  void largeSamplesAndCountsMatchCpython() {
    assertEquals(
        "[249523, 621429, 570665, 136758, 387926, 960437, 633256, 497081] [6, 5, 1]\n"
            + "['c', 'a', 'c']\n4 3 7 19467630188322660567\n",
        PyRun.out(
            "import random\nrandom.seed(3)\n"
                + "print(random.sample(range(10**6), 8), random.sample([1, 2, 3, 4, 5, 6, 7], 3))\n"
                + "print(random.sample(['a', 'b', 'c'], 3, counts=[2, 1, 3]))\n"
                + "print(random.randrange(10), random.randrange(-5, 5), random.randrange(10, 0, -3),"
                + " random.randint(-10**20, 10**20))"));
  }

  @Test
  void stateAndInstances() {
    assertEquals(
        "True 0.32383276483316237 2 b'n\\xa6\\x87v\\x9c'\n",
        PyRun.out(
            "import random\nr = random.Random(7)\nst = random.getstate()\nx = random.random()\n"
                + "random.setstate(st)\nprint(x == random.random(), r.random(), r.randint(1, 6),"
                + " random.Random(9).randbytes(5))"));
  }

  @Test
  void errorsHaveCpythonsMessages() {
    assertEquals(
        "ValueError empty range for randrange()\n"
            + "ValueError empty range for randrange() (5, 2, -3)\n"
            + "ValueError zero step for randrange()\n"
            + "TypeError Population must be a sequence.  For dicts or sets, use sorted(d).\n"
            + "ValueError Sample larger than population or is negative\n"
            + "IndexError Cannot choose from an empty sequence\n"
            + "ValueError non-integer arg 1 for randrange()\n"
            + "TypeError The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\n",
        PyRun.out(
            "import random\nfor f in [lambda: random.randrange(0), lambda: random.randint(5, 1),"
                + " lambda: random.randrange(0, 10, 0), lambda: random.sample({1, 2}, 1),"
                + " lambda: random.sample([1], 2), lambda: random.choice([]), lambda: random.randrange(1.5),"
                + " lambda: random.seed([1])]:\n  try:\n    f()\n  except Exception as e:\n"
                + "    print(type(e).__name__, e)"));
  }
}
