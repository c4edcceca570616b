package io.gilvm.gil.legacy;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.contract.LockStrategyContractTest;

class LegacyGilContractTest extends LockStrategyContractTest {
  @Override
  protected LockStrategy strategy() {
    return new LegacyGilStrategy();
  }
}
