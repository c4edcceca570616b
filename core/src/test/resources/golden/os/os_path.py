# os.path on POSIX paths: pure string work, as CPython's posixpath.
import os
import os.path
from os import path

print(path is os.path)
for p in ["", "/", "a", "/a", "a/", "/a/b", "a/b/", "//a", "///a/b", "a/b/c.txt", ".x", "a/.x.y", "a..b", "..."]:
    print(repr(p), path.split(p), path.basename(p), path.dirname(p), path.splitext(p))
for p in ["", ".", "/", "//", "///", "a/../..", "/../a", "a/./b/", "a//b", "/a/b/../../..", "./a/b/../c"]:
    print(repr(p), repr(path.normpath(p)))
print(path.join("a"), path.join("a", ""), path.join("", "b"), path.join("/a", "b/", "c"))
print(path.join("a", "/b", "c"), path.join(b"a", b"b"))
print(path.relpath("/a/b", "/a/b"), path.relpath("/a", "/a/b/c"), path.relpath("/x/y", "/a"))
print(path.commonprefix(["/usr/lib", "/usr/local"]), path.commonpath(["/usr/lib", "/usr/local"]))
print(path.isabs(""), path.isabs("//x"), path.abspath("/a/../b"))
print(path.abspath("x") == path.join(os.getcwd(), "x"))
os.environ["GILVM_TEST_VAR"] = "val"
print(path.expandvars("$GILVM_TEST_VAR/${GILVM_TEST_VAR}/$NOPE_NOT_SET/$"))
print(path.expanduser("~") == os.environ["HOME"], path.expanduser("x~"))
print(os.getenv("GILVM_TEST_VAR"), os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", 5))
print("GILVM_TEST_VAR" in os.environ, os.environ.pop("GILVM_TEST_VAR"), "GILVM_TEST_VAR" in os.environ)
print(path.exists("/definitely/not/here"), path.isdir("/"), path.isfile("/"), path.islink("/"))
try:
    path.getsize("/definitely/not/here")
except FileNotFoundError as e:
    print(e)
try:
    path.join("a", 3)
except TypeError as e:
    print(e)
try:
    os.environ["X"] = 3
except TypeError as e:
    print(e)
print(os.environ["NOPE_NOT_SET"])

# expect: True
# expect: '' ('', '')   ('', '')
# expect: '/' ('/', '')  / ('/', '')
# expect: 'a' ('', 'a') a  ('a', '')
# expect: '/a' ('/', 'a') a / ('/a', '')
# expect: 'a/' ('a', '')  a ('a/', '')
# expect: '/a/b' ('/a', 'b') b /a ('/a/b', '')
# expect: 'a/b/' ('a/b', '')  a/b ('a/b/', '')
# expect: '//a' ('//', 'a') a // ('//a', '')
# expect: '///a/b' ('///a', 'b') b ///a ('///a/b', '')
# expect: 'a/b/c.txt' ('a/b', 'c.txt') c.txt a/b ('a/b/c', '.txt')
# expect: '.x' ('', '.x') .x  ('.x', '')
# expect: 'a/.x.y' ('a', '.x.y') .x.y a ('a/.x', '.y')
# expect: 'a..b' ('', 'a..b') a..b  ('a.', '.b')
# expect: '...' ('', '...') ...  ('...', '')
# expect: '' '.'
# expect: '.' '.'
# expect: '/' '/'
# expect: '//' '//'
# expect: '///' '/'
# expect: 'a/../..' '..'
# expect: '/../a' '/a'
# expect: 'a/./b/' 'a/b'
# expect: 'a//b' 'a/b'
# expect: '/a/b/../../..' '/'
# expect: './a/b/../c' 'a/c'
# expect: a a/ b /a/b/c
# expect: /b/c b'a/b'
# expect: . ../.. ../x/y
# expect: /usr/l /usr
# expect: False True /b
# expect: True
# expect: val/val/$NOPE_NOT_SET/$
# expect: True x~
# expect: val None 5
# expect: True val False
# expect: False True False False
# expect: [Errno 2] No such file or directory: '/definitely/not/here'
# expect: join() argument must be str, bytes, or os.PathLike object, not 'int'
# expect: str expected, not int
# expect error: KeyError: 'NOPE_NOT_SET'
