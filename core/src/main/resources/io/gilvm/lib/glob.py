"""glob: path names matching shell wildcards, in the order the directory lists them."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile("([*?[])")
_magic_bytes = re.compile(b"([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _hidden(name):
    return name[0] in (".", b"."[0])


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob's dir_fd is not supported by gilvm")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == "**":
        first = next(results, None)
        if first:
            yield first
    yield from results


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _lexists(path, root):
    return os.path.lexists(_join(root, path)) if path else False


def _isdir(path, root):
    return os.path.isdir(_join(root, path)) if path else False


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            func = _glob2
        else:
            func = _glob1
    else:
        func = _glob0
    for d in dirs:
        for name in func(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or ".") as it:
            out = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        out.append(entry.name)
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename), ""):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _hidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _magic_bytes.sub(rb"[\1]", pathname)
    else:
        pathname = _magic.sub(r"[\1]", pathname)
    return drive + pathname
