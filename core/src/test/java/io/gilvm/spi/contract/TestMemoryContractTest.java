package io.gilvm.spi.contract;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.testing.TestMemory;

/** Core's own test memory strategy passes the contract. */
class TestMemoryContractTest extends MemoryStrategyContractTest {
  @Override
  protected MemoryStrategy strategy() {
    return new TestMemory();
  }
}
