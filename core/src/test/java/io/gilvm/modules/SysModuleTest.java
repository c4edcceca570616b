package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SysModuleTest {

  @Test
  void argvHoldsTheProgramName() {
    assertEquals("['t.py']\n", PyRun.out("import sys\nprint(sys.argv)"));
  }

  @Test
  void exitRaisesSystemExitWithItsCode() {
    assertEquals(3, PyRun.run("import sys\nsys.exit(3)").status());
    assertEquals(0, PyRun.run("import sys\nsys.exit()").status());
    PyRun.Result r = PyRun.run("import sys\nsys.exit('bye')");
    assertEquals(1, r.status());
    assertEquals("bye\n", r.err());
    assertEquals(
        "None 4\n",
        PyRun.out(
            "import sys\nfor a in [(), (4,)]:\n  try:\n    sys.exit(*a)\n  except SystemExit as e:\n"
                + "    print(e.code, end=' ' if not a else '\\n')"));
  }

  @Test
  void getrefcountCountsTheCallersReference() {
    assertEquals(
        "2 3 2\n",
        PyRun.out(
            "import sys\nx = []\na = sys.getrefcount(x)\ny = x\nb = sys.getrefcount(x)\ndel y\n"
                + "print(a, b, sys.getrefcount(x))"));
  }

  @Test
  void immortalObjectsShowCpython312sImmortalCount() {
    assertEquals("4294967295\n", PyRun.out("import sys\nprint(sys.getrefcount(None))"));
  }

  @Test
  void switchIntervalKeepsWholeMicrosecondsAsCpython() {
    assertEquals(
        "0.005\n0.001\n0.005\n1e-06\n0.0\n",
        PyRun.out(
            "import sys\nprint(sys.getswitchinterval())\nsys.setswitchinterval(0.001)\n"
                + "print(sys.getswitchinterval())\nsys.setswitchinterval(0.005)\nprint(sys.getswitchinterval())\n"
                + "sys.setswitchinterval(1.9e-6)\nprint(sys.getswitchinterval())\n"
                + "sys.setswitchinterval(1e-7)\nprint(sys.getswitchinterval())"));
  }

  @Test
  void switchIntervalMustBePositive() {
    assertEquals(
        "switch interval must be strictly positive\nswitch interval must be strictly positive\n",
        PyRun.out(
            "import sys\nfor v in (0, -1.0):\n  try:\n    sys.setswitchinterval(v)\n"
                + "  except ValueError as e:\n    print(e)"));
  }

  @Test
  void checkIntervalActsOnTheLock() {
    assertEquals(
        "100\n7\n1\n",
        PyRun.out(
            "import sys\nprint(sys.getcheckinterval())\nsys.setcheckinterval(7)\nprint(sys.getcheckinterval())\n"
                + "sys.setcheckinterval(0)\nprint(sys.getcheckinterval())"));
  }

  @Test
  void recursionLimitIsReadAndSet() {
    assertEquals(
        "1000\n50\n",
        PyRun.out(
            "import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(50)\nprint(sys.getrecursionlimit())"));
  }

  @Test
  void versionInfoIsATupleWithNames() {
    assertEquals(
        "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)\n"
            + "True True (3, 11) 3 11 [0, 'final', 0]\n",
        PyRun.out(
            "import sys\nv = sys.version_info\nprint(v)\n"
                + "a, b, *rest = v\nprint(v >= (3, 8), (3, 12) > v, v[:2], v.major, v.minor, rest)"));
  }

  @Test
  void versionNamesGilvmAndItsLock() {
    assertEquals(
        "3.11.0 (gilvm 0.1, serial) [Java " + Runtime.version().feature() + "]\ngilvm 51052784\n",
        PyRun.out(
            "import sys\nprint(sys.version)\nprint(sys.implementation.name, sys.hexversion)"));
  }

  @Test
  void platformFacts() {
    assertEquals(
        "9223372036854775807 True True\n",
        PyRun.out(
            "import sys\nprint(sys.maxsize, sys.byteorder in ('little', 'big'), sys._is_gil_enabled())"));
  }

  @Test
  void streamsWriteToTheInterpretersOutputs() {
    PyRun.Result r =
        PyRun.run(
            "import sys\nn = sys.stdout.write('out\\n')\nsys.stderr.write('err\\n')\n"
                + "print('again', file=sys.stderr)\nprint(n)\nsys.stdout.flush()\nprint(sys.stdout)");
    assertEquals(
        "out\n4\n<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n", r.out());
    assertEquals("err\nagain\n", r.err());
  }

  @Test
  void excInfoSeesTheHandledException() {
    assertEquals(
        "(None, None, None)\n<class 'KeyError'> True traceback 4 True\nNone\n",
        PyRun.out(
            "import sys\nprint(sys.exc_info())\ntry:\n  {}['k']\nexcept KeyError as err:\n"
                + "  t, v, tb = sys.exc_info()\n"
                + "  print(t, v is err, type(tb).__name__, tb.tb_lineno, sys.exception() is err)\n"
                + "print(sys.exception())"));
    assertEquals(
        "KeyError('k')\n",
        PyRun.out(
            "import sys\ntry:\n  {}['k']\nexcept KeyError:\n  print(repr(sys.exc_info()[1]))"));
  }

  @Test
  void modulesIsALiveViewOfImports() {
    assertEquals(
        "False True True <module 'math' (built-in)>\n",
        PyRun.out(
            "import sys\na = 'math' in sys.modules\nimport math\n"
                + "print(a, 'math' in sys.modules, sys.modules['sys'] is sys, sys.modules.get('math'))"));
  }

  @Test
  void internAndEncodings() {
    assertEquals(
        "abc utf-8\n", PyRun.out("import sys\nprint(sys.intern('abc'), sys.getdefaultencoding())"));
    assertTrue(
        PyRun.run("import sys\nsys.intern(1)")
            .err()
            .endsWith("TypeError: intern() argument must be str, not int\n"));
  }
}
