package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code threading}, beyond what the golden programs cover; expected output is CPython 3.11's. */
class ThreadingModuleTest {

  @Test
  void namesAndReprsFollowTheLifecycle() {
    assertEquals(
        "Thread-1 (<lambda>) <Thread(Thread-1 (<lambda>), initial)>\n"
            + "<Thread(Thread-1 (<lambda>), stopped)> <Timer(Thread-2, initial daemon)>\n",
        PyRun.out(
            "import threading\nt = threading.Thread(target=lambda: None)\nprint(t.name, t)\n"
                + "t.start()\nt.join()\nr = repr(t)\ntm = threading.Timer(1, print)\ntm.daemon = True\n"
                + "print(r[:r.rindex(' ')] + ')>', tm)"));
  }

  @Test
  void identsAndNativeIds() {
    assertEquals(
        "True True True True\n",
        PyRun.out(
            "import threading\nt = threading.Thread(target=lambda: None)\nbefore = t.ident\nt.start()\nt.join()\n"
                + "m = threading.main_thread()\nprint(before is None, type(t.ident) is int, t.ident != m.ident,"
                + " m.ident == threading.get_ident())"));
  }

  @Test
  void startAndJoinErrors() {
    assertEquals(
        "cannot join thread before it is started\ncannot join current thread\n"
            + "threads can only be started once\ncannot set daemon status of active thread\n",
        PyRun.out(
            "import threading\nt = threading.Thread(target=lambda: None)\n"
                + "for f in [t.join, threading.current_thread().join]:\n  try:\n    f()\n"
                + "  except RuntimeError as e:\n    print(e)\nt.start()\nt.join()\n"
                + "for f in [t.start, lambda: setattr(t, 'daemon', True)]:\n  try:\n    f()\n"
                + "  except RuntimeError as e:\n    print(e)"));
  }

  @Test
  void daemonIsInheritedFromTheCreatingThread() {
    assertEquals(
        "False [True]\n",
        PyRun.out(
            "import threading\nseen = []\ndef inner():\n  seen.append(threading.Thread(target=print).daemon)\n"
                + "t = threading.Thread(target=inner, daemon=True)\nt.start()\nt.join()\n"
                + "print(threading.Thread(target=print).daemon, seen)"));
  }

  @Test
  void enumerateListsLiveThreads() {
    assertEquals(
        "['MainThread', 'parked'] 2\n['MainThread'] 1\n",
        PyRun.out(
            "import threading\ngo = threading.Event()\nt = threading.Thread(target=go.wait, name='parked')\n"
                + "t.start()\nprint(sorted(x.name for x in threading.enumerate()), threading.active_count())\n"
                + "go.set()\nt.join()\nprint([x.name for x in threading.enumerate()], threading.active_count())"));
  }

  @Test
  void rawThreadsAppearAsDummies() {
    assertEquals(
        "Dummy-1 True True\n",
        PyRun.out(
            "import threading, _thread\nout = []\ndone = threading.Event()\n"
                + "def raw():\n  me = threading.current_thread()\n  out.append((me.name, me.daemon, me.is_alive()))\n"
                + "  done.set()\n_thread.start_new_thread(raw, ())\ndone.wait()\nprint(*out[0])"));
  }

  @Test
  void conditionWithAnRLockWaitsReentrantly() {
    assertEquals(
        "True 1\n",
        PyRun.out(
            "import threading\ncond = threading.Condition()\nitems = []\n"
                + "def producer():\n  with cond:\n    items.append(1)\n    cond.notify()\n"
                + "with cond:\n  with cond:\n    t = threading.Thread(target=producer)\n    t.start()\n"
                + "    ok = cond.wait_for(lambda: items, timeout=5)\nt.join()\nprint(bool(ok), len(items))"));
  }

  @Test
  void conditionNotifyWakesOnlyN() {
    assertEquals(
        "2 4\n",
        PyRun.out(
            "import threading, time\ncond = threading.Condition()\nwoken = []\n"
                + "def waiter():\n  with cond:\n    if cond.wait(timeout=1):\n      woken.append(1)\n"
                + "ts = [threading.Thread(target=waiter) for _ in range(4)]\nfor t in ts:\n  t.start()\n"
                + "while True:\n  with cond:\n    if len(cond._waiters) == 4:\n      cond.notify(2)\n      break\n"
                + "  time.sleep(0.001)\nfor t in ts:\n  t.join()\nprint(len(woken), len(ts))"));
  }

  @Test
  void conditionNeedsItsLock() {
    assertEquals(
        "cannot wait on un-acquired lock\ncannot notify on un-acquired lock\n",
        PyRun.out(
            "import threading\nc = threading.Condition(threading.Lock())\nfor f in [c.wait, c.notify]:\n"
                + "  try:\n    f()\n  except RuntimeError as e:\n    print(e)"));
  }

  @Test
  void semaphores() {
    assertEquals(
        "True True False\nFalse\nSemaphore released too many times\n"
            + "semaphore initial value must be >= 0\n",
        PyRun.out(
            "import threading\ns = threading.Semaphore(2)\nprint(s.acquire(), s.acquire(), s.acquire(False))\n"
                + "print(s.acquire(timeout=0.01))\nb = threading.BoundedSemaphore(1)\n"
                + "for f in [b.release, lambda: threading.Semaphore(-1)]:\n  try:\n    f()\n"
                + "  except ValueError as e:\n    print(e)"));
  }

  @Test
  void semaphoreLimitsConcurrency() {
    assertEquals(
        "2\n",
        PyRun.out(
            "import threading, time\nsem = threading.Semaphore(2)\nlock = threading.Lock()\nstate = {'in': 0, 'max': 0}\n"
                + "def work():\n  with sem:\n    with lock:\n      state['in'] += 1\n"
                + "      state['max'] = max(state['max'], state['in'])\n    time.sleep(0.01)\n"
                + "    with lock:\n      state['in'] -= 1\nts = [threading.Thread(target=work) for _ in range(6)]\n"
                + "for t in ts:\n  t.start()\nfor t in ts:\n  t.join()\nprint(state['max'])"));
  }

  @Test
  void barrierReleasesAllPartiesTogether() {
    assertEquals(
        "[0, 1, 2] 1 False\n",
        PyRun.out(
            "import threading\nactions = []\nb = threading.Barrier(3, action=lambda: actions.append(1))\n"
                + "idx = []\nlock = threading.Lock()\ndef party():\n  i = b.wait()\n  with lock:\n    idx.append(i)\n"
                + "ts = [threading.Thread(target=party) for _ in range(3)]\nfor t in ts:\n  t.start()\n"
                + "for t in ts:\n  t.join()\nprint(sorted(idx), len(actions), b.broken)"));
  }

  @Test
  void barrierTimeoutBreaksIt() {
    assertEquals(
        "BrokenBarrierError True\n",
        PyRun.out(
            "import threading\nb = threading.Barrier(2)\ntry:\n  b.wait(timeout=0.02)\n"
                + "except threading.BrokenBarrierError as e:\n  print(type(e).__name__, b.broken)"));
  }

  @Test
  void timerRunsUnlessCancelled() {
    assertEquals(
        "['ran'] []\n",
        PyRun.out(
            "import threading\na = []\nb = []\nt1 = threading.Timer(0.01, a.append, args=('ran',))\n"
                + "t2 = threading.Timer(5, b.append, args=('ran',))\nt1.start()\nt2.start()\nt2.cancel()\n"
                + "t1.join()\nt2.join()\nprint(a, b)"));
  }

  @Test
  void localIsPerThread() {
    assertEquals(
        "main ['worker']\n",
        PyRun.out(
            "import threading\nloc = threading.local()\nloc.v = 'main'\nseen = []\n"
                + "def work():\n  loc.v = 'worker'\n  seen.append(loc.v)\n"
                + "t = threading.Thread(target=work)\nt.start()\nt.join()\nprint(loc.v, seen)"));
  }

  @Test
  void excepthookCanBeReplaced() {
    PyRun.Result r =
        PyRun.run(
            "import threading\nseen = []\ndef hook(args):\n"
                + "  seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))\n"
                + "threading.excepthook = hook\ndef bad():\n  raise KeyError('x')\n"
                + "t = threading.Thread(target=bad, name='w')\nt.start()\nt.join()\nprint(seen)");
    assertEquals("[('KeyError', \"'x'\", 'w')]\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void systemExitEndsOnlyItsThreadQuietly() {
    PyRun.Result r =
        PyRun.run(
            "import threading, sys\nt = threading.Thread(target=sys.exit)\nt.start()\nt.join()\nprint('alive')");
    assertEquals("alive\n", r.out());
    assertEquals("", r.err());
    assertEquals(0, r.status());
  }

  @Test
  void anUncaughtExceptionIsPrintedAndTheProgramGoesOn() {
    PyRun.Result r =
        PyRun.run(
            "import threading\ndef worker():\n    raise ValueError('boom')\n"
                + "t = threading.Thread(target=worker)\nt.start()\nt.join()\nprint('after')");
    assertEquals("after\n", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "Exception in thread Thread-1 (worker):\nTraceback (most recent call last):\n"),
        r.err());
    assertTrue(
        r.err()
            .endsWith(
                "  File \"t.py\", line 3, in worker\n    raise ValueError('boom')\n"
                    + "ValueError: boom\n"),
        r.err());
    assertEquals(0, r.status());
  }

  @Test
  void aBlockedThreadDoesNotHoldTheInterpreterLock() {
    assertEquals(
        "main ran while the worker waited\n",
        PyRun.out(
            "import threading\nlock = threading.Lock()\nlock.acquire()\n"
                + "t = threading.Thread(target=lock.acquire)\nt.start()\nn = 0\nfor i in range(10000):\n  n += 1\n"
                + "print('main ran while the worker waited')\nlock.release()\nt.join()"));
  }

  @Test
  void nonDaemonThreadsAreWaitedForAtExit() {
    assertEquals(
        "main done\nworker done\n",
        PyRun.out(
            "import threading, time\ndef work():\n  time.sleep(0.05)\n  print('worker done')\n"
                + "threading.Thread(target=work).start()\nprint('main done')"));
  }
}
