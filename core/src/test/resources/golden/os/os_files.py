# os: a temporary directory made, filled, listed, walked, renamed and removed; the OSError
# subclasses and their messages as CPython's on Linux.
import os

base = os.path.join("/tmp", "gilvm_os_files_%d" % os.getpid())
os.mkdir(base)
try:
    print(os.listdir(base))
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    with open(os.path.join(base, "a", "f.txt"), "w") as f:
        f.write("hello\n")
    with open(os.path.join(base, "a", "b", "g.txt"), "w") as f:
        f.write("x" * 100)
    print(sorted(os.listdir(os.path.join(base, "a"))))
    print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
    print(os.path.isfile(os.path.join(base, "a", "f.txt")), os.path.getsize(os.path.join(base, "a", "b", "g.txt")))
    st = os.stat(os.path.join(base, "a", "f.txt"))
    print(st.st_size, st[6], oct(st.st_mode & 0o170000), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    for root, dirs, files in os.walk(base, topdown=False):
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))
    with os.scandir(os.path.join(base, "a")) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, "a", e.name))
    os.rename(os.path.join(base, "a", "f.txt"), os.path.join(base, "a", "h.txt"))
    print(sorted(os.listdir(os.path.join(base, "a"))))
    old = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), os.path.exists("a/h.txt"), os.listdir("a/b/c"))
    with open("a/h.txt") as f:
        print(repr(f.read()))
    os.chdir(old)
    print(os.getcwd() == old)

    def attempt(f, *args):
        try:
            f(*args)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, "BASE"))

    attempt(os.mkdir, os.path.join(base, "a"))
    attempt(os.rmdir, os.path.join(base, "a"))
    attempt(os.rmdir, os.path.join(base, "a", "h.txt"))
    attempt(os.remove, os.path.join(base, "nope"))
    attempt(os.remove, os.path.join(base, "a"))
    attempt(os.listdir, os.path.join(base, "a", "h.txt"))
    attempt(os.stat, os.path.join(base, "nope"))
    attempt(os.chdir, os.path.join(base, "nope"))
    attempt(os.rename, os.path.join(base, "nope"), os.path.join(base, "nope2"))
    attempt(os.makedirs, os.path.join(base, "a"))
    attempt(open, os.path.join(base, "nope", "x"))
    try:
        os.stat(os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print(e.filename.replace(base, "BASE"), e.filename2)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print(os.path.exists(base))
os.remove("/tmp/definitely_not_here_gilvm")

# expect: []
# expect: ['b', 'f.txt']
# expect: True True False
# expect: True 100
# expect: 6 6 0o100000 float int
# expect: . ['a'] []
# expect: a ['b'] ['f.txt']
# expect: a/b ['c'] ['g.txt']
# expect: a/b/c [] []
# expect: a/b/c [] []
# expect: a/b ['c'] ['g.txt']
# expect: a ['b'] ['f.txt']
# expect: . ['a'] []
# expect: b True False False True
# expect: f.txt False True False True
# expect: ['b', 'h.txt']
# expect: True True []
# expect: 'hello\n'
# expect: True
# expect: FileExistsError 17 File exists [Errno 17] File exists: 'BASE/a'
# expect: OSError 39 Directory not empty [Errno 39] Directory not empty: 'BASE/a'
# expect: NotADirectoryError 20 Not a directory [Errno 20] Not a directory: 'BASE/a/h.txt'
# expect: FileNotFoundError 2 No such file or directory [Errno 2] No such file or directory: 'BASE/nope'
# expect: IsADirectoryError 21 Is a directory [Errno 21] Is a directory: 'BASE/a'
# expect: NotADirectoryError 20 Not a directory [Errno 20] Not a directory: 'BASE/a/h.txt'
# expect: FileNotFoundError 2 No such file or directory [Errno 2] No such file or directory: 'BASE/nope'
# expect: FileNotFoundError 2 No such file or directory [Errno 2] No such file or directory: 'BASE/nope'
# expect: FileNotFoundError 2 No such file or directory [Errno 2] No such file or directory: 'BASE/nope' -> 'BASE/nope2'
# expect: FileExistsError 17 File exists [Errno 17] File exists: 'BASE/a'
# expect: FileNotFoundError 2 No such file or directory [Errno 2] No such file or directory: 'BASE/nope/x'
# expect: BASE/missing None
# expect: False
# expect error: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/definitely_not_here_gilvm'
