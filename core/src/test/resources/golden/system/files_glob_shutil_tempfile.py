# fnmatch, glob (recursive, root_dir), shutil (copy, copytree, move, rmtree, which) and tempfile
# (TemporaryDirectory, NamedTemporaryFile, mkdtemp), in a temporary directory removed at the end.
import os, glob, fnmatch, shutil, tempfile
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("x1", "x[0-9]"), fnmatch.fnmatch("x!", "x[!a-z]"))
print(fnmatch.filter(["a.c", "b.py", "c.py", ".h.py"], "*.py"), fnmatch.translate("*.t?t[!x]"))
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir(), os.path.basename(d).startswith("tmp"))
    for p in ["a.txt", "b.txt", "c.py", "sub/d.txt", "sub/deep/e.txt", ".hidden.txt"]:
        os.makedirs(os.path.join(d, os.path.dirname(p)), exist_ok=True)
        with open(os.path.join(d, p), "w") as f:
            f.write(p * 3)
    rel = lambda xs: sorted(os.path.relpath(x, d) for x in xs)
    print(rel(glob.glob(os.path.join(d, "*.txt"))), rel(glob.glob(os.path.join(d, "*", "*.txt"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)), sorted(glob.glob("*.py", root_dir=d)))
    print(glob.has_magic("a*"), glob.escape("a*b?[c]"), rel(glob.glob(os.path.join(d, "nope*"))))
    shutil.copy(os.path.join(d, "a.txt"), os.path.join(d, "a2.txt"))
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
    print(open(os.path.join(d, "a2.txt")).read(), sorted(os.listdir(os.path.join(d, "sub2"))))
    shutil.move(os.path.join(d, "a2.txt"), os.path.join(d, "sub"))
    print(sorted(os.listdir(os.path.join(d, "sub"))))
    shutil.rmtree(os.path.join(d, "sub2"))
    print(os.path.exists(os.path.join(d, "sub2")))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=d) as f:
        f.write("temp data")
        f.seek(0)
        print(f.read(), f.name.endswith(".log"), os.path.exists(f.name))
    print(os.path.exists(f.name))
    p = tempfile.mkdtemp(dir=d, prefix="x_")
    print(os.path.basename(p).startswith("x_"), os.path.isdir(p))
print(os.path.exists(d), shutil.which("sh") is not None, shutil.which("definitely-not-a-command"))
try:
    shutil.copy("/nonexistent/file", "/tmp")
except FileNotFoundError as e:
    print(e)

# expect: True False True True
# expect: ['b.py', 'c.py', '.h.py'] (?s:.*\.t.t[^x])\Z
# expect: True True True
# expect: ['a.txt', 'b.txt'] ['sub/d.txt']
# expect: ['a.txt', 'b.txt', 'sub/d.txt', 'sub/deep/e.txt'] ['c.py']
# expect: True a[*]b[?][[]c] []
# expect: a.txta.txta.txt ['d.txt', 'deep']
# expect: ['a2.txt', 'd.txt', 'deep']
# expect: False
# expect: temp data True True
# expect: False
# expect: True True
# expect: False True None
# expect: [Errno 2] No such file or directory: '/nonexistent/file'
