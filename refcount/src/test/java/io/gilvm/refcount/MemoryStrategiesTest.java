package io.gilvm.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the strategy selector relies on beyond the contract: names and the lock requirement. */
class MemoryStrategiesTest {

  @Test
  void plainNeedsAGlobalLockAndAtomicAndBiasedDoNot() {
    assertEquals("plain", new PlainMemory().name());
    assertTrue(new PlainMemory().needsGlobalLock());
    assertEquals("atomic", new AtomicMemory().name());
    assertFalse(new AtomicMemory().needsGlobalLock());
    assertEquals("biased", new BiasedMemory().name());
    assertFalse(new BiasedMemory().needsGlobalLock());
  }
}
