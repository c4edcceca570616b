package io.gilvm.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.runners.TestList;

/** The promises are the table: what is FORBIDDEN to lose, and where. */
class HazardTest {
  private static final Guarantees GLOBAL = new Guarantees(true, true, false);
  private static final Guarantees FREE_EXACT = new Guarantees(false, true, true);
  private static final Guarantees FREE_EXACT_NO_OBJECT_LOCKS = new Guarantees(false, true, false);
  private static final Guarantees FREE_PLAIN = new Guarantees(false, false, true);

  private static Map<Hazard, Promise> promises(Guarantees g) {
    Map<Hazard, Promise> m = new EnumMap<>(Hazard.class);
    for (Hazard h : Hazard.values()) {
      m.put(h, h.promise(g));
    }
    return m;
  }

  private static Map<Hazard, Promise> expect(Promise... byHazard) {
    Map<Hazard, Promise> m = new EnumMap<>(Hazard.class);
    for (Hazard h : Hazard.values()) {
      m.put(h, byHazard[h.ordinal()]);
    }
    return m;
  }

  // Columns: incref/decref, loads and pops, n += 1, with lock, self.value, d.get, list, dict,
  // read while replaced, list subclass, returned while replaced, two global stores.

  @Test
  void aGlobalLockKeepsCountsAndContainersButNoStatement() {
    assertEquals(
        expect(
            Promise.SAFE,
            Promise.SAFE,
            Promise.RACY,
            Promise.SAFE,
            Promise.RACY,
            Promise.RACY,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE),
        promises(GLOBAL));
  }

  @Test
  void exactCountsAndObjectLocksWithoutAGlobalLock() {
    assertEquals(
        expect(
            Promise.SAFE,
            Promise.SAFE,
            Promise.RACY,
            Promise.SAFE,
            Promise.RACY,
            Promise.RACY,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE,
            Promise.SAFE),
        promises(FREE_EXACT));
  }

  @Test
  void withoutObjectLocksContainersAreUnguarded() {
    assertEquals(
        expect(
            Promise.SAFE,
            Promise.SAFE,
            Promise.RACY,
            Promise.SAFE,
            Promise.RACY,
            Promise.UNGUARDED,
            Promise.UNGUARDED,
            Promise.UNGUARDED,
            Promise.UNGUARDED,
            Promise.UNGUARDED,
            Promise.UNGUARDED,
            Promise.UNGUARDED),
        promises(FREE_EXACT_NO_OBJECT_LOCKS));
  }

  @Test
  void plainCountsWithoutAGlobalLockPromiseNothing() {
    // A user lock or object locks cannot help when the count of the lock or of the container
    // itself, loaded outside them, can be lost and the object freed while in use.
    assertEquals(
        expect(
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE,
            Promise.UNSAFE),
        promises(FREE_PLAIN));
  }

  @Test
  void everyHazardHasItsJcstressTest() {
    for (Hazard h : Hazard.values()) {
      assertEquals(h, Hazard.ofTest(h.testClass()));
      assertNotNull(
          TestList.getInfo(h.testClass()), "not in jcstress's test list: " + h.testClass());
    }
  }
}
