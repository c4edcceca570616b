VALUE = "library submodule"
