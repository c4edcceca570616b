# logging: basicConfig, the logger hierarchy and propagation, levels, handlers to streams and
# files, % and { formats with threadName and asctime, exception(), filters, adapters.
import logging, sys, io, os, threading

logging.warning("before config goes to stderr")
stream = io.StringIO()
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=stream)
logging.debug("hidden")
logging.info("info %s %d", "args", 3)
log = logging.getLogger("app")
sub = logging.getLogger("app.db")
print(sub.parent is log, log.parent is logging.getLogger(), logging.getLogger("app") is log, sub.getEffectiveLevel())
sub.warning("from child")
log.setLevel(logging.ERROR)
sub.warning("now hidden")
sub.error("shown %(x)s", {"x": "dict"})
print(repr(stream.getvalue()))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("[%(threadName)s] %(name)-8s %(levelname)-5s | %(message)s"))
worker = logging.getLogger("worker")
worker.addHandler(h)
worker.propagate = False
worker.setLevel(logging.DEBUG)
worker.debug("debug line")
def job(n):
    worker.info("job %d", n)
threads = [threading.Thread(target=job, args=(i,), name="T%d" % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(sorted(out.getvalue().splitlines(True))), end="")

fmt = logging.Formatter("{levelname}|{message}", style="{")
h.setFormatter(fmt)
worker.critical("brace style")
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%Y"))
worker.info("dated")
print(out.getvalue().splitlines()[-2], out.getvalue().splitlines()[-1][4:], len(out.getvalue().splitlines()[-1].split()[0]))
try:
    raise ValueError("boom")
except ValueError:
    h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    worker.exception("caught")
print("\n".join(l.replace(__file__, "FILE") for l in out.getvalue().splitlines()[-5:]))

path = os.path.join("/tmp", "gilvm_log_%d.txt" % os.getpid())
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
flog = logging.getLogger("file")
flog.addHandler(fh)
flog.warning("to a file")
flog.error("again")
fh.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("DEBUG"))
print(log, logging.getLogger(), h.level, worker.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
worker.addFilter(OnlyOdd())
h.setFormatter(logging.Formatter("%(message)s"))
for i in range(4):
    worker.info("n=%d", i)
print(out.getvalue().splitlines()[-2:])
adapter = logging.LoggerAdapter(worker, {"user": "ann"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
worker.filters.clear()
adapter.warning("adapted")
print(out.getvalue().splitlines()[-1])
logging.getLogger("nohandlers").propagate = False
logging.getLogger("nohandlers").error("last resort")

# expect: True True True 30
# expect: ''
# expect: [MainThread] worker   DEBUG | debug line
# expect: [T0] worker   INFO  | job 0
# expect: [T1] worker   INFO  | job 1
# expect: [T2] worker   INFO  | job 2
# expect: CRITICAL|brace style  dated 4
# expect: ERROR caught
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 43, in <module>
# expect:     raise ValueError("boom")
# expect: ValueError: boom
# expect: 'file WARNING to a file\nfile ERROR again\n'
# expect: WARNING Level 25 10
# expect: <Logger app (ERROR)> <RootLogger root (WARNING)> 0 True False
# expect: ['n=1', 'n=3']
# expect: ann adapted
# expect stderr: WARNING:root:before config goes to stderr
# expect stderr: WARNING:app.db:from child
# expect stderr: ERROR:app.db:shown dict
# expect stderr: WARNING:file:to a file
# expect stderr: ERROR:file:again
# expect stderr: last resort
