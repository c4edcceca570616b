"""os.path for POSIX paths: gilvm's own implementation of CPython's posixpath."""

import posix as _posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000


def _fspath(p, caller=None):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        if caller is not None:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (caller, type(p).__name__))
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = p.__fspath__()
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected " + type(p).__name__ + ".__fspath__() to return str or bytes, not "
                        + type(r).__name__)
    return r


def _seps(p):
    if isinstance(p, bytes):
        return b"/", b".", b"", b".."
    return "/", ".", "", ".."


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a, "join")
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b, "join")
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path = path + b
        else:
            path = path + slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, empty, _ = _seps(p)
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A leading run of dots in the file name is not an extension.
        i = last_sep + 1
        while i < last_dot:
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
            i += 1
    return p, empty


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = _fspath(path)
    slash, dot, empty, dotdot = _seps(path)
    if path == empty:
        return dot
    lead = 0
    if path.startswith(slash):
        # POSIX keeps exactly two leading slashes; one, or three or more, become one.
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
            elif not lead:
                parts.append(part)
            continue
        parts.append(part)
    out = slash * lead + slash.join(parts)
    return out or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if strict:
        _posix.stat(filename)
    if isinstance(filename, bytes):
        return _posix.realpath(filename.decode()).encode()
    return _posix.realpath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, empty, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    n = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        n += 1
    rel = [dotdot] * (len(start_parts) - n) + path_parts[n:]
    if not rel:
        return dot
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    slash, dot, empty, _ = _seps(paths[0])
    absolute = set(p.startswith(slash) for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = slash if paths[0].startswith(slash) else empty
    return prefix + slash.join(common)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get("HOME")
        if home is None:
            return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        home = None
        try:
            with open("/etc/passwd") as f:
                for line in f:
                    fields = line.split(":")
                    if len(fields) > 5 and fields[0] == name:
                        home = fields[5]
                        break
        except OSError:
            pass
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in _posix.environ:
            out.append(_posix.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def exists(path):
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return (_posix.stat(path) if follow else _posix.lstat(path))[0]
    except (OSError, ValueError):
        return None


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == 0o100000


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == 0o040000


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == 0o120000


def ismount(path):
    path = abspath(_fspath(path))
    if isinstance(path, bytes):
        path = path.decode()
    if path == "/":
        return True
    try:
        here = _posix.lstat(path)
        if here[0] & _S_IFMT == 0o120000:
            return False
        up = _posix.lstat(join(path, ".."))
    except (OSError, ValueError):
        return False
    return here[2] != up[2] or here[1] == up[1]


def getsize(filename):
    return _posix.stat(filename)[6]


def getatime(filename):
    return _posix.stat(filename)[7]


def getmtime(filename):
    return _posix.stat(filename)[8]


def getctime(filename):
    return _posix.stat(filename)[9]


def samefile(f1, f2):
    s1 = _posix.stat(f1)
    s2 = _posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def normcase(s):
    return _fspath(s)
