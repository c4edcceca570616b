package io.gilvm.refcount;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.contract.MemoryStrategyContractTest;

class AtomicMemoryContractTest extends MemoryStrategyContractTest {
  @Override
  protected MemoryStrategy strategy() {
    return new AtomicMemory();
  }
}
