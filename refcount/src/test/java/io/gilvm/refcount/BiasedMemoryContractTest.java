package io.gilvm.refcount;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.contract.MemoryStrategyContractTest;

class BiasedMemoryContractTest extends MemoryStrategyContractTest {
  @Override
  protected MemoryStrategy strategy() {
    return new BiasedMemory();
  }
}
