package io.gilvm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gilvm.mem.Refs;
import io.gilvm.object.ListMethods;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyIterators;
import io.gilvm.object.PyList;
import io.gilvm.object.StrMethods;
import org.junit.jupiter.api.Test;

/**
 * With object locks off, the eval loop turns a Java exception into "a list was changed by another
 * thread ..." only when a container's own code threw it; an exception from anywhere else in the
 * interpreter is a bug and must be reported as an internal error, not disguised.
 */
class DataRaceClassificationTest {

  private static StackTraceElement at(Class<?> c, String method) {
    return at(c.getName(), method);
  }

  private static StackTraceElement at(String className, String method) {
    return new StackTraceElement(className, method, null, -1);
  }

  private static RuntimeException thrownAt(RuntimeException e, StackTraceElement... trace) {
    e.setStackTrace(trace);
    return e;
  }

  @Test
  void aListsOwnCodeIsARace() {
    RuntimeException e =
        thrownAt(
            new ArrayIndexOutOfBoundsException(3),
            at(PyList.class, "append"),
            at(ListMethods.class, "append"),
            at(Insns.class, "callMethod"),
            at(Eval.class, "interpret"));
    assertEquals("a list", EvalSupport.raceIn(e));
    assertEquals("RuntimeError", EvalSupport.dataRace(e).value().type().name());
  }

  @Test
  void theJdksCodeCalledByADictIsTheDicts() {
    RuntimeException e =
        thrownAt(
            new NullPointerException(),
            at("java.util.Arrays", "copyOf"),
            at(PyDict.class, "insertNew"),
            at(Eval.class, "interpret"));
    assertEquals("a dict", EvalSupport.raceIn(e));
  }

  @Test
  void aDecrefOfAnItemARacingThreadLeftNullIsTheDicts() {
    // Seen under finegrained with object locks off: a dict freed while another thread changed
    // its table decrefs a null entry inside the memory strategy.
    RuntimeException e =
        thrownAt(
            new NullPointerException(),
            at("io.gilvm.refcount.BiasedMemory$Counts", "decref"),
            at(Refs.class, "decref"),
            at(PyDict.class, "release"),
            at(Refs.class, "dealloc"),
            at(PyDict.class, "delete"),
            at(Eval.class, "interpret"));
    assertEquals("a dict", EvalSupport.raceIn(e));
  }

  @Test
  void aSetsIteratorIsTheSets() {
    RuntimeException e =
        thrownAt(
            new NullPointerException(),
            at(PyIterators.class.getName() + "$SetIterator", "next"),
            at(Eval.class, "interpret"));
    assertEquals("a set", EvalSupport.raceIn(e));
  }

  @Test
  void theEvalLoopsOwnFailureIsNoRace() {
    RuntimeException e =
        thrownAt(
            new ArrayIndexOutOfBoundsException(3),
            at(Insns.class, "loadFast"),
            at(Eval.class, "interpret"));
    assertNull(EvalSupport.raceIn(e));
    assertNull(EvalSupport.dataRace(e));
  }

  @Test
  void aFailureInANativeThatMerelyCalledAContainerIsNoRace() {
    // The innermost gilvm frame decides: here the native's own code threw, after the list's
    // code had returned.
    RuntimeException e =
        thrownAt(
            new NullPointerException(),
            at(StrMethods.class, "join"),
            at(PyList.class, "toArray"),
            at(Eval.class, "interpret"));
    assertNull(EvalSupport.raceIn(e));
  }

  @Test
  void aRealNullPointerFromInterpreterCodeIsNoRace() {
    RuntimeException e;
    try {
      Object o = null;
      int unused = o.hashCode();
      throw new AssertionError("unreachable");
    } catch (NullPointerException npe) {
      e = npe;
    }
    assertNull(EvalSupport.raceIn(e), "thrown by this test's own code");
  }
}
