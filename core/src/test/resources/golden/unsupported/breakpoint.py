# gilvm has no debugger: breakpoint() says so (CPython would start pdb here).
print("before")
breakpoint()
print("not reached")
# expect: before
# expect error: RuntimeError: breakpoint() is not supported by gilvm: it has no debugger
