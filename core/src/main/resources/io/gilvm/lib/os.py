"""os: gilvm's operating-system interface, built on the posix module written in Java.

The JVM cannot change its working directory; chdir changes the directory gilvm resolves
relative paths against (in os, os.path and open()). Changes to os.environ are seen by this
program only: the JVM cannot change its own environment.
"""

import posix as _posix
import posixpath as path
import stat as _stat
import sys as _sys

name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

getcwd = _posix.getcwd
chdir = _posix.chdir
listdir = _posix.listdir
rmdir = _posix.rmdir
remove = _posix.remove
unlink = _posix.unlink
rename = _posix.rename
replace = _posix.replace
readlink = _posix.readlink
symlink = _posix.symlink
chmod = _posix.chmod
utime = _posix.utime
access = _posix.access
getpid = _posix.getpid
getppid = _posix.getppid
getuid = _posix.getuid
cpu_count = _posix.cpu_count
urandom = _posix.urandom
strerror = _posix.strerror
_exit = _posix._exit
open = _posix.open
close = _posix.close
read = _posix.read
write = _posix.write
lseek = _posix.lseek
O_RDONLY = _posix.O_RDONLY
O_WRONLY = _posix.O_WRONLY
O_RDWR = _posix.O_RDWR
O_CREAT = _posix.O_CREAT
O_EXCL = _posix.O_EXCL
O_TRUNC = _posix.O_TRUNC
O_APPEND = _posix.O_APPEND
O_CLOEXEC = _posix.O_CLOEXEC


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def getcwdb():
    return _posix.getcwd().encode()


def mkdir(path, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd is not supported by gilvm")
    _posix.mkdir(path, mode)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    r = path.__fspath__()
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected " + type(path).__name__ + ".__fspath__() to return str or bytes, not "
                        + type(r).__name__)
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class PathLike:
    """The abstract type of objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


class stat_result:
    """The result of os.stat: a 10-item tuple with named fields and the times in float and ns."""

    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        v = tuple(values)
        self._v = (v[0], v[1], v[2], v[3], v[4], v[5], v[6], int(v[7]), int(v[8]), int(v[9]))
        self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid, self.st_size = v[:7]
        self.st_atime, self.st_mtime, self.st_ctime = v[7], v[8], v[9]
        if len(v) > 10:
            self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = v[10], v[11], v[12]

    def __getitem__(self, i):
        return self._v[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._v)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._v == other._v
        return self._v == other

    def __hash__(self):
        return hash(self._v)

    def __repr__(self):
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, x) for n, x in zip(self._fields, self._v)) + ")"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd is not supported by gilvm")
    if follow_symlinks:
        return stat_result(_posix.stat(path))
    return stat_result(_posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


class terminal_size:
    """os.get_terminal_size's result: (columns, lines)."""

    def __init__(self, values):
        self.columns, self.lines = values
        self._v = (self.columns, self.lines)

    def __getitem__(self, i):
        return self._v[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self._v)

    def __eq__(self, other):
        if isinstance(other, terminal_size):
            return self._v == other._v
        return self._v == other

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % self._v


def get_terminal_size(fd=1):
    return terminal_size(_posix.terminal_size(fd))


class uname_result:
    def __init__(self, values):
        self.sysname, self.nodename, self.release, self.version, self.machine = values
        self._v = tuple(values)

    def __getitem__(self, i):
        return self._v[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._v)

    def __repr__(self):
        return ("posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)"
                % self._v)


def uname():
    return uname_result(_posix.uname())


class _Environ:
    """os.environ: a mapping of the environment's names to values, both str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value=None):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kw:
            self[k] = kw[k]

    def clear(self):
        self._data.clear()


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry that os.scandir yields: its name, its path, and what kind of file it is."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _kind(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode & 0o170000
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._kind(False) == 0o120000


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self._names = iter(())


def scandir(path="."):
    if path is None:
        path = "."
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH", defpath)
    return p.split(pathsep)


try:
    _sys.modules["os.path"] = path
except (TypeError, AttributeError):
    pass
