package io.gilvm.gil.newgil;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.contract.LockStrategyContractTest;

class NewGilContractTest extends LockStrategyContractTest {
  @Override
  protected LockStrategy strategy() {
    return new NewGilStrategy();
  }
}
