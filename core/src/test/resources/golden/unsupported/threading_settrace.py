import threading

print(threading.gettrace())
threading.settrace(print)
# expect: None
# expect error: NotImplementedError: threading.settrace is not supported by gilvm
