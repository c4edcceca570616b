package org.example.fairgil;

import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.contract.LockStrategyContractTest;

/** The contract every gilvm lock strategy passes, from gilvm-core's test-jar. */
class FairGilContractTest extends LockStrategyContractTest {
  @Override
  protected LockStrategy strategy() {
    return new FairGilStrategy();
  }
}
