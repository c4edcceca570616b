import contextlib
import os
import tempfile


class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def write(self, text):
        self.lines.append("    " * self.level + text)


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            self.caught.append(f"{et.__name__}: {ev}")
            return True
        return False


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        out.append(f"<!-- handled {e} -->")
    finally:
        out.append(f"</{name}>")


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back because {et.__name__}")
        else:
            print("  committed")
        return et is ValueError


ind = Indenter()
ind.write("root")
with ind:
    ind.write("child")
    with ind:
        ind.write("grandchild")
    ind.write("child 2")
ind.write("end")
print("\n".join(ind.lines))

s = Suppress(ZeroDivisionError, KeyError)
for expr in ["1/0", "{}['x']", "int('5')"]:
    with s:
        print(expr, "=", eval(expr))
print(s.caught)
try:
    with s:
        raise IndexError("not suppressed")
except IndexError as e:
    print("escaped:", e)

out = []
with tag("html", out):
    with tag("body", out) as t:
        out.append(t)
        {}["missing"]
print(" ".join(out))

store = {"a": 1}
with Transaction(store) as st:
    st["b"] = 2
print(store)
with Transaction(store) as st:
    st["c"] = 3
    raise ValueError("bad")
print(store)
try:
    with Transaction(store) as st:
        st.pop("a")
        raise RuntimeError("worse")
except RuntimeError:
    print("runtime error propagated", store)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as fh:
        for i in range(5):
            fh.write(f"line {i}\n")
    with open(path) as fh:
        print([l.rstrip() for l in fh])
    print(os.path.getsize(path), os.path.exists(path))
print(os.path.exists(path))

with contextlib.suppress(ValueError):
    int("abc")
print("after suppress")
with contextlib.ExitStack() as stack:
    log = []
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n, log))
print(log)
