"""traceback: exceptions formatted as the interpreter prints them.

gilvm shows each frame's file, line, function and source line; CPython 3.11's ^^^ markers
under part of a line are not shown. print_stack, format_stack and extract_stack take no
frame argument other than None (the caller's stack).
"""

import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_tb", "format_tb", "extract_tb", "print_last",
           "FrameSummary", "StackSummary", "TracebackException"]


def _value(exc, value):
    # format_exception(exc) (3.10+) or format_exception(type, value, tb).
    if value is _SENTINEL:
        return exc
    return value


_SENTINEL = object()


def format_exception(exc, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    value = _value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    text = _traceback.format(value, chain)
    return text.splitlines(True)


def format_exception_only(exc, value=_SENTINEL):
    value = _value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return [_traceback.last_line(value) + "\n"]


def print_exception(exc, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line."""

    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file %s, line %d in %s>" % (self.filename, self.lineno, self.name)


_sources = {}


def _source_line(filename, lineno):
    known = _traceback.source_line(filename, lineno)
    if known is not None:
        return known
    lines = _sources.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, ValueError, UnicodeError):
            lines = []
        _sources[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ""


try:
    class StackSummary(list):
        """A list of FrameSummary objects."""
except TypeError:
    # gilvm cannot subclass list yet.
    StackSummary = list


class _TracebackHolder:
    def __init__(self, exc):
        self.exc = exc


def extract_tb(tb, limit=None):
    exc = tb.exc if isinstance(tb, _TracebackHolder) else None
    if exc is None:
        raise NotImplementedError("extract_tb of a traceback object is not supported by gilvm; "
                                  "pass TracebackException.from_exception(e).stack instead")
    return _entries(exc, limit)


def _entries(exc, limit=None):
    frames = [FrameSummary(f, n, name) for f, n, name in _traceback.entries(exc)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return frames


def format_list(extracted_list):
    out = []
    for f in extracted_list:
        filename, lineno, name, line = f[0], f[1], f[2], f[3]
        s = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            s += "    %s\n" % line.strip()
        out.append(s)
    return out


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        file.write(item)


class TracebackException:
    """An exception captured for formatting later."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = _entries(exc_value, limit) if exc_value is not None else []
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            if exc_value.__cause__ is not None:
                self.__cause__ = TracebackException.from_exception(exc_value.__cause__)
            if exc_value.__context__ is not None:
                self.__context__ = TracebackException.from_exception(exc_value.__context__)
            self.__suppress_context__ = exc_value.__suppress_context__

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def print(self, *, file=None, chain=True):
        print_exception(self._exc, file=file, chain=chain)

    def __str__(self):
        return str(self._exc)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def extract_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("extract_stack(f) of a frame object is not supported by gilvm")
    frames = _traceback.stack()[:-1]
    out = [FrameSummary(fn, n, name) for fn, n, name in frames]
    if limit is not None:
        out = out[-limit:] if limit >= 0 else out[:-limit]
    return out


def format_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("format_stack(f) of a frame object is not supported by gilvm")
    return format_list(extract_stack(limit=limit)[:-1])


def print_stack(f=None, limit=None, file=None):
    if f is not None:
        raise NotImplementedError("print_stack(f) of a frame object is not supported by gilvm")
    print_list(extract_stack(limit=limit)[:-1], file)
