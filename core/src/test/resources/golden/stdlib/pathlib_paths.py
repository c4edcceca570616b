import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor, repr(p.drive))
print(p.parent, list(p.parents)[:3], len(p.parents), p.parents[-1], p.parents[1:3], p.is_absolute())
print(PurePath("a//b/./c/"), PurePath(""), PurePath("."), PurePath("//x/y"), PurePath("///x"), PurePath("a", "/b", "c"), PurePath("./a/../b"))
q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, "root" / PurePath("x"), q.joinpath("x", "y"), q.with_name("index.rst"), q.with_suffix(".html"), q.with_suffix(""), q.with_stem("outro"))
print(q.relative_to("docs"), q.is_relative_to("docs"), q.is_relative_to("guide"), q.match("*.md"), q.match("guide/*.md"), q.match("/docs/*"), PurePath("/a/b").match("/a/*"))
print(PurePath(".bashrc").suffix, PurePath(".bashrc").stem, PurePath("x.").suffix, PurePath("a.b.c").suffixes, PurePath("a..b").suffixes, PurePath("/").name, PurePath("/").parent)
print(PurePath("a") == PurePath("a/"), PurePath("a") == "a", sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]), hash(PurePath("x/y")) == hash(PurePath("x//y")))
print(os.fspath(PurePath("a/b")), str(PurePath("/tmp", "x")), PurePath("/a b/c").as_uri(), PurePath("a/b").as_posix(), bytes(PurePath("a")))
print(type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath), Path("x") == PurePosixPath("x"))
for t in ['PurePath("/a/b").relative_to("/c")', 'PurePath("a").relative_to("/c")', 'PurePath("a.txt").with_suffix("txt")',
          'PurePath("").with_name("x")', 'PurePath("a").with_name("")', 'PurePath("a").with_name("b/c")', 'Path(5)',
          'Path("a") / 5', 'PurePath("a") < "b"', 'PurePath("/").with_suffix(".x")', 'PurePath("a").with_suffix(".")',
          'PurePath("a").match("")', 'PurePath("a/b").as_uri()', 'Path("a").parents[5]', 'PurePath("a", None)']:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("x = 1\n")
    (root / "src" / "main.py").write_text("print('hi')\n")
    (root / "README.md").write_text("# readme\nline two\n")
    (root / "data.bin").write_bytes(bytes(range(5)))
    (root / ".hidden").write_text("h")
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob("*.md")), sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")), sorted(str(p.relative_to(root)) for p in root.glob("src/*")), sorted(str(p.relative_to(root)) for p in root.glob("*/")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("**")), sorted(p.name for p in root.glob(".*")), sorted(p.name for p in root.glob("?ata.*")))
    readme = root / "README.md"
    print(readme.exists(), readme.is_file(), readme.is_dir(), (root / "src").is_dir(), (root / "nope").exists(), (root / "nope").is_file())
    print(repr(readme.read_text()), readme.read_text().splitlines(), (root / "data.bin").read_bytes(), readme.stat().st_size)
    with readme.open() as f:
        print(f.readline().strip())
    with (root / "log.txt").open("w") as f:
        f.write("a\n")
    with (root / "log.txt").open("a") as f:
        f.write("b\n")
    print((root / "log.txt").read_text().split())
    moved = (root / "log.txt").rename(root / "log2.txt")
    print(moved.name, moved.exists(), (root / "log.txt").exists())
    (root / "log2.txt").replace(root / "log3.txt")
    (root / "log3.txt").unlink()
    (root / "log3.txt").unlink(missing_ok=True)
    t = root / "touched"
    t.touch()
    print(t.exists(), t.stat().st_size)
    (root / "src" / "pkg").mkdir(exist_ok=True)
    for bad in [lambda: (root / "src").mkdir(), lambda: (root / "a" / "b").mkdir(), lambda: (root / "missing.txt").read_text(), lambda: (root / "missing").unlink(), lambda: (root / "src").rmdir(), lambda: t.touch(exist_ok=False)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename))
    empty = root / "empty"
    empty.mkdir()
    empty.rmdir()
    print(empty.exists(), (root / "src" / ".." / "README.md").resolve() == readme.resolve(), readme.resolve().is_absolute())
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        print(Path("README.md").absolute() == readme.absolute(), Path.cwd().resolve() == root.resolve(), Path("src/main.py").resolve().relative_to(root.resolve()))
    finally:
        os.chdir(cwd)
    print(readme.with_suffix(".txt").name, readme.samefile(root / "README.md"), Path("~").expanduser().is_absolute(), Path.home() == Path("~").expanduser())
    try:
        (root / "x").write_text(b"bytes")
    except TypeError as e:
        print(e)

# CPython 3.11's output:
# expect: /usr/local/lib/python3.11/site-packages/pkg.tar.gz PurePosixPath('/usr/local/lib/python3.11/site-packages/pkg.tar.gz') ('/', 'usr', 'local', 'lib', 'python3.11', 'site-packages', 'pkg.tar.gz') pkg.tar.gz pkg.tar .gz ['.tar', '.gz'] / / ''
# expect: /usr/local/lib/python3.11/site-packages [PurePosixPath('/usr/local/lib/python3.11/site-packages'), PurePosixPath('/usr/local/lib/python3.11'), PurePosixPath('/usr/local/lib')] 6 / (PurePosixPath('/usr/local/lib/python3.11'), PurePosixPath('/usr/local/lib')) True
# expect: a/b/c . . //x/y /x /b/c a/../b
# expect: docs/guide/intro.md root/x docs/guide/intro.md/x/y docs/guide/index.rst docs/guide/intro.html docs/guide/intro docs/guide/outro.md
# expect: guide/intro.md True False True True False True
# expect:  .bashrc  ['.b', '.c'] ['.', '.b']  /
# expect: True False [PurePosixPath('a'), PurePosixPath('a/c'), PurePosixPath('b')] True
# expect: a/b /tmp/x file:///a%20b/c a/b b'a'
# expect: PosixPath PurePosixPath True True
# expect: PurePath("/a/b").relative_to("/c") -> ValueError '/a/b' is not in the subpath of '/c' OR one path is relative and the other is absolute.
# expect: PurePath("a").relative_to("/c") -> ValueError 'a' is not in the subpath of '/c' OR one path is relative and the other is absolute.
# expect: PurePath("a.txt").with_suffix("txt") -> ValueError Invalid suffix 'txt'
# expect: PurePath("").with_name("x") -> ValueError PurePosixPath('.') has an empty name
# expect: PurePath("a").with_name("") -> ValueError Invalid name ''
# expect: PurePath("a").with_name("b/c") -> ValueError Invalid name 'b/c'
# expect: Path(5) -> TypeError expected str, bytes or os.PathLike object, not int
# expect: Path("a") / 5 -> TypeError unsupported operand type(s) for /: 'PosixPath' and 'int'
# expect: PurePath("a") < "b" -> TypeError '<' not supported between instances of 'PurePosixPath' and 'str'
# expect: PurePath("/").with_suffix(".x") -> ValueError PurePosixPath('/') has an empty name
# expect: PurePath("a").with_suffix(".") -> ValueError Invalid suffix '.'
# expect: PurePath("a").match("") -> ValueError empty pattern
# expect: PurePath("a/b").as_uri() -> ValueError relative path can't be expressed as a file URI
# expect: Path("a").parents[5] -> IndexError 5
# expect: PurePath("a", None) -> TypeError expected str, bytes or os.PathLike object, not NoneType
# expect: ['.hidden', 'README.md', 'data.bin', 'src']
# expect: ['README.md'] ['src/main.py', 'src/pkg/__init__.py', 'src/pkg/core.py']
# expect: ['src/main.py', 'src/pkg/__init__.py', 'src/pkg/core.py'] ['src/main.py', 'src/pkg'] ['src']
# expect: ['.', 'src', 'src/pkg'] ['.hidden'] ['data.bin']
# expect: True True False True False False
# expect: '# readme\nline two\n' ['# readme', 'line two'] b'\x00\x01\x02\x03\x04' 18
# expect: # readme
# expect: ['a', 'b']
# expect: log2.txt True False
# expect: True 0
# expect: FileExistsError 17 src
# expect: FileNotFoundError 2 b
# expect: FileNotFoundError 2 missing.txt
# expect: FileNotFoundError 2 missing
# expect: OSError 39 src
# expect: FileExistsError 17 touched
# expect: False True True
# expect: True True src/main.py
# expect: README.txt True True True
# expect: data must be str, not bytes
