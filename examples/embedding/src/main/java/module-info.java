/** The example as a module: gilvm's strategies are found through their modules' provides. */
module io.gilvm.example.embedding {
  requires io.gilvm.core;
}
