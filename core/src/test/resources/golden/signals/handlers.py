# Python-level signal handlers run in the main thread; raise_signal runs them before it returns.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("default handler:", type(e).__name__)

seen = []


def handler(signum, frame):
    seen.append(signum)


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
signal.raise_signal(signal.SIGINT)
print(seen == [signal.SIGINT, signal.SIGINT])

signal.signal(signal.SIGTERM, handler)
signal.raise_signal(signal.SIGTERM)
print(seen[-1] == signal.SIGTERM)

print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGINT)
print("ignored", len(seen))


class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop(f"got {signum}")


signal.signal(signal.SIGINT, raising)
try:
    signal.raise_signal(signal.SIGINT)
except Stop as e:
    print("handler raised:", e)

signal.signal(signal.SIGINT, signal.default_int_handler)
for bad in (lambda: signal.signal(signal.SIGINT, 5), lambda: signal.signal(0, handler),
            lambda: signal.getsignal(1000)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: True
# expect: default handler: KeyboardInterrupt
# expect: True True
# expect: True
# expect: True
# expect: True
# expect: ignored 3
# expect: handler raised: got 2
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
