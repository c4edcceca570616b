package io.gilvm.spi.contract;

import io.gilvm.spi.LockStrategy;
import io.gilvm.testing.SerialLock;

/** Core's own test lock passes the contract, which also keeps the contract test honest. */
class SerialLockContractTest extends LockStrategyContractTest {
  @Override
  protected LockStrategy strategy() {
    return new SerialLock();
  }
}
