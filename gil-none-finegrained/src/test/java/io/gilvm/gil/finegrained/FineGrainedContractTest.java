package io.gilvm.gil.finegrained;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.contract.LockStrategyContractTest;

class FineGrainedContractTest extends LockStrategyContractTest {
  @Override
  protected LockStrategy strategy() {
    return new FineGrainedStrategy();
  }
}
