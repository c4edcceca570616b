package io.gilvm.refcount;

import io.gilvm.spi.MemoryStrategy;
import io.gilvm.spi.contract.MemoryStrategyContractTest;

class PlainMemoryContractTest extends MemoryStrategyContractTest {
  @Override
  protected MemoryStrategy strategy() {
    return new PlainMemory();
  }
}
