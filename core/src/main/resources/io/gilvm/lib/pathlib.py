"""pathlib: object-oriented file system paths for POSIX (gilvm's own implementation of CPython
3.11's API, over os and os.path).

PurePath / PurePosixPath compute on path text; Path / PosixPath add the calls that touch the file
system. Windows paths (PureWindowsPath, WindowsPath) are not supported by gilvm.
"""

import fnmatch as _fnmatch
import io as _io
import os as _os
import posixpath as _posixpath
import re as _re
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _fspath_text(a):
    if isinstance(a, PurePath):
        return str(a)
    if isinstance(a, str):
        return a
    if isinstance(a, bytes):
        raise TypeError("argument should be a str object or an os.PathLike object returning "
                        "str, not %r" % (type(a),))
    p = getattr(type(a), "__fspath__", None)
    if p is not None:
        r = p(a)
        if isinstance(r, str):
            return r
        raise TypeError("argument should be a str object or an os.PathLike object returning "
                        "str, not %r" % (type(r),))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(a).__name__)


def _parse(segments):
    """(root, parts-without-root) of the joined segments: later absolute segments restart."""
    root = ""
    parts = []
    for seg in segments:
        text = _fspath_text(seg)
        if not text:
            continue
        if text.startswith("/"):
            # Exactly two leading slashes are kept (POSIX leaves their meaning open).
            root = "//" if text.startswith("//") and not text.startswith("///") else "/"
            parts = []
        for piece in text.split("/"):
            if piece and piece != ".":
                parts.append(piece)
    return root, parts


class _Parents:
    """The logical ancestors of a path: p.parents[0] is p.parent."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parts(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path's text and structure, without file system access. PurePath(...) makes a
    PurePosixPath."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_segments(args)

    @classmethod
    def _from_segments(cls, args):
        root, parts = _parse(args)
        return cls._from_parts(root, parts)

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def _new_like(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # --- text -----------------------------------------------------------------------------

    def __str__(self):
        if self._str is None:
            s = self._root + "/".join(self._parts)
            self._str = s or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return _os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")
        return "file://" + "".join(chr(b) if b in safe else "%%%02X" % b
                                   for b in _os.fsencode(str(self)))

    # --- comparison -----------------------------------------------------------------------

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _order(self, other):
        if not isinstance(other, PurePath):
            return None
        return self.parts, other.parts

    def __lt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] >= k[1]

    # --- structure ------------------------------------------------------------------------

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new_like(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)._from_segments((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_segments((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_segments((key, self))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._new_like(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._new_like(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._from_segments(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._new_like("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right (a pattern
        with a root must match the whole path)."""
        pat = PurePosixPath(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        pat_parts = pat.parts
        parts = self.parts
        if pat._root:
            if len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path without file system access."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by gilvm."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by gilvm")


class Path(PurePath):
    """A path on the file system. Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_segments(args)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_posixpath.expanduser("~"))

    # --- queries --------------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return _os.stat(str(self))
        return _os.lstat(str(self))

    def lstat(self):
        return _os.lstat(str(self))

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat().st_mode if follow else self.lstat().st_mode
        except (OSError, ValueError):
            return None

    def is_dir(self):
        m = self._mode()
        return m is not None and _stat.S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and _stat.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and _stat.S_ISLNK(m)

    def is_mount(self):
        return _posixpath.ismount(str(self))

    def is_fifo(self):
        m = self._mode()
        return m is not None and _stat.S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and _stat.S_ISSOCK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISCHR(m)

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else _os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    # --- names ----------------------------------------------------------------------------

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks resolved and '..' removed."""
        if strict:
            self.stat()
        return type(self)(_posixpath.realpath(str(self)))

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = _posixpath.expanduser(self._parts[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def readlink(self):
        return type(self)(_os.readlink(str(self)))

    # --- contents -------------------------------------------------------------------------

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return _io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with self.open(mode="wb") as f:
            return f.write(view)

    def iterdir(self):
        """The paths of the directory's entries (not '.' or '..'), in the system's order."""
        for name in _os.listdir(str(self)):
            yield self._new_like(self._root, self._parts + [name])

    def glob(self, pattern):
        """The paths below this directory that match the relative glob pattern ('**' matches
        this directory and every directory below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith("/"):
            parts.append("")
        seen = set()
        for p in self._select(self, parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        yield from self.glob("**/" + pattern)

    def _select(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if base.is_dir():
                yield base
            return
        if head == "**":
            for d in self._walk_dirs(base):
                yield from self._select(d, rest)
            return
        if head == "..":
            yield from self._select(base._new_like(base._root, base._parts + [".."]), rest)
            return
        if not any(c in head for c in "*?["):
            child = base._new_like(base._root, base._parts + [head])
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = _os.listdir(str(base))
        except OSError:
            return
        regex = _re.compile(_fnmatch.translate(head))
        for name in names:
            if regex.match(name):
                child = base._new_like(base._root, base._parts + [name])
                if rest:
                    if child.is_dir():
                        yield from self._select(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = _os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._new_like(base._root, base._parts + [name])
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    # --- changes --------------------------------------------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            _os.utime(str(self), None)
            return
        # Exclusive creation raises FileExistsError (with the file name) for an existing path.
        with open(str(self), "x" if not exist_ok else "a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        _os.chmod(str(self), mode)

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        _os.rmdir(str(self))

    def rename(self, target):
        _os.rename(str(self), str(target) if isinstance(target, PurePath) else target)
        return type(self)(target)

    def replace(self, target):
        _os.replace(str(self), str(target) if isinstance(target, PurePath) else target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        _os.symlink(str(target), str(self))

    def hardlink_to(self, target):
        raise NotImplementedError("Path.hardlink_to is not supported by gilvm")

    def owner(self):
        raise NotImplementedError("Path.owner is not supported by gilvm")

    def group(self):
        raise NotImplementedError("Path.group is not supported by gilvm")


class PosixPath(Path, PurePosixPath):
    """A POSIX path on the file system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by gilvm."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
