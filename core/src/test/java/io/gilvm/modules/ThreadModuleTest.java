package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code _thread}: the lock types and starting threads. */
class ThreadModuleTest {

  @Test
  void lockBasics() {
    assertEquals(
        "False True True False False\nrelease unlocked lock\n",
        PyRun.out(
            "import _thread\nl = _thread.allocate_lock()\na = l.locked()\nb = l.acquire()\nc = l.locked()\n"
                + "print(a, b, c, l.acquire(False), l.acquire(blocking=False))\nl.release()\n"
                + "try:\n  l.release()\nexcept RuntimeError as e:\n  print(e)"));
  }

  @Test
  void lockArgumentErrors() {
    assertEquals(
        "ValueError can't specify a timeout for a non-blocking call\n"
            + "ValueError timeout value must be positive\n"
            + "OverflowError timestamp out of range for platform time_t\n",
        PyRun.out(
            "import _thread\nl = _thread.allocate_lock()\nfor a in [(False, 1.0), (True, -2), (True, 1e30)]:\n"
                + "  try:\n    l.acquire(*a)\n  except Exception as e:\n    print(type(e).__name__, e)"));
  }

  @Test
  void lockReprAndType() {
    assertEquals(
        "<unlocked _thread.lock object at 0x> <locked _thread.lock object at 0x> True\n",
        PyRun.out(
            "import _thread\nl = _thread.allocate_lock()\na = repr(l)\nl.acquire()\n"
                + "def strip(s):\n  return s[:s.index('0x') + 2] + '>'\n"
                + "print(strip(a), strip(repr(l)), type(l) is _thread.LockType)"));
  }

  @Test
  void acquireWithTimeoutWaitsThenFails() {
    assertEquals(
        "False True\n",
        PyRun.out(
            "import _thread, time\nl = _thread.allocate_lock()\nl.acquire()\nt = time.monotonic()\n"
                + "r = l.acquire(True, 0.05)\nprint(r, time.monotonic() - t >= 0.05)"));
  }

  @Test
  void onlyAContendedAcquireReleasesTheInterpreterLock() {
    long base = PyRun.run("import _thread\nl = _thread.allocate_lock()").blockingRegions();
    assertEquals(
        base,
        PyRun.run(
                "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.release()\nl.acquire(False)\nl.acquire(True, 0)")
            .blockingRegions());
    assertEquals(
        base + 1,
        PyRun.run(
                "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire(True, 0.001)")
            .blockingRegions());
  }

  @Test
  void anyThreadMayReleaseALock() {
    assertEquals(
        "True True\n",
        PyRun.out(
            "import _thread\nl = _thread.allocate_lock()\nl.acquire()\ndone = _thread.allocate_lock()\n"
                + "done.acquire()\ndef releaser():\n  l.release()\n  done.release()\n"
                + "_thread.start_new_thread(releaser, ())\ndone.acquire()\nprint(l.acquire(True, 5), l.locked())"));
  }

  @Test
  void startNewThreadPassesArgumentsAndReturnsTheIdent() {
    assertEquals(
        "[(1, 2, 'k')] True True\n",
        PyRun.out(
            "import _thread\nout = []\nidents = []\nfinished = _thread.allocate_lock()\nfinished.acquire()\n"
                + "def work(a, b, c=None):\n  out.append((a, b, c))\n  idents.append(_thread.get_ident())\n"
                + "  finished.release()\n"
                + "ident = _thread.start_new_thread(work, (1, 2), {'c': 'k'})\nfinished.acquire()\n"
                + "print(out, idents == [ident], ident != _thread.get_ident())"));
  }

  @Test
  void startNewThreadChecksItsArguments() {
    assertEquals(
        "first arg must be callable\n2nd arg must be a tuple\noptional 3rd arg must be a dictionary\n",
        PyRun.out(
            "import _thread\nfor a in [(1, ()), (print, [1]), (print, (), 3)]:\n"
                + "  try:\n    _thread.start_new_thread(*a)\n  except TypeError as e:\n    print(e)"));
  }

  @Test
  void anExceptionInARawThreadIsReported() {
    PyRun.Result r =
        PyRun.run(
            "import _thread, time\ndef boom():\n  raise ValueError('bad')\n"
                + "_thread.start_new_thread(boom, ())\n"
                // The count drops only after the thread has reported its exception: no timing
                // guess.
                + "while _thread._count():\n  time.sleep(0.001)\nprint('main goes on')");
    assertEquals("main goes on\n", r.out());
    assertTrue(
        r.err().startsWith("Exception ignored in thread started by: <function boom at 0x"),
        r.err());
    assertTrue(r.err().endsWith("    raise ValueError('bad')\nValueError: bad\n"), r.err());
  }

  @Test
  void identsAndCount() {
    assertEquals(
        "True True 0\n",
        PyRun.out(
            "import _thread\nprint(_thread.get_ident() == _thread._main_thread_ident(),"
                + " type(_thread.get_native_id()) is int, _thread._count())"));
  }

  @Test
  void rlockIsReentrantAndOwned() {
    assertEquals(
        "True True True\n<locked _thread.RLock object owner=X count=3 at 0x>\n"
            + "['cannot release un-acquired lock'] False\n",
        PyRun.out(
            "import _thread\nr = _thread.RLock()\nprint(r.acquire(), r.acquire(), r.acquire(False))\n"
                + "s = repr(r)\nprint(s[:s.index('owner=') + 6] + 'X' + s[s.index(' count'):s.index('0x') + 2] + '>')\n"
                + "errors = []\ndone = _thread.allocate_lock()\ndone.acquire()\n"
                + "def foreign():\n  try:\n    r.release()\n  except RuntimeError as e:\n    errors.append(str(e))\n"
                + "  done.release()\n_thread.start_new_thread(foreign, ())\ndone.acquire()\n"
                + "r.release(); r.release(); r.release()\nprint(errors, r._is_owned())"));
  }

  @Test
  void rlockSavesAndRestoresItsRecursion() {
    assertEquals(
        "(2, True) False True 2\n",
        PyRun.out(
            "import _thread\nr = _thread.RLock()\nr.acquire(); r.acquire()\nsaved = r._release_save()\n"
                + "owned = r._is_owned()\nr._acquire_restore(saved)\n"
                + "print((saved[0], saved[1] == _thread.get_ident()), owned, r._is_owned(), saved[0])"));
  }

  @Test
  void localAttributesArePerThread() {
    assertEquals(
        "main [None]\n",
        PyRun.out(
            "import _thread\nloc = _thread._local()\nloc.x = 'main'\nseen = []\ndone = _thread.allocate_lock()\n"
                + "done.acquire()\ndef other():\n  seen.append(getattr(loc, 'x', None))\n  loc.x = 'other'\n"
                + "  done.release()\n_thread.start_new_thread(other, ())\ndone.acquire()\nprint(loc.x, seen)"));
  }

  @Test
  void localSubclassInitRunsOncePerThread() {
    assertEquals(
        "[7, 7] 7\n",
        PyRun.out(
            "import _thread\ninits = []\nclass L(_thread._local):\n  def __init__(self, v):\n"
                + "    self.v = v\n    inits.append(v)\nloc = L(7)\ndone = _thread.allocate_lock()\ndone.acquire()\n"
                + "def other():\n  loc.v\n  done.release()\n_thread.start_new_thread(other, ())\ndone.acquire()\n"
                + "print(inits, loc.v)"));
  }
}
