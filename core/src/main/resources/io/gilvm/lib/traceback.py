"""traceback: exceptions formatted as the interpreter prints them.

Each frame shows its file, line, function and source line, with CPython 3.11's ^ and ~
markers under the part of the line that failed.
"""

import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_tb", "format_tb", "extract_tb", "print_last",
           "extract_stack", "format_stack", "print_stack", "format_list", "print_list",
           "walk_stack", "walk_tb", "FrameSummary", "StackSummary", "TracebackException"]


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
    if isinstance(value, SyntaxError) and value.lineno is not None:
        return _syntax_error_lines(value) + [_traceback.last_line(value) + "\n"]
    return [_traceback.last_line(value) + "\n"]


def _syntax_error_lines(err):
    """Where a SyntaxError is: its file and line, the source line, and carets under the
    offending code (from offset up to end_offset on the same line)."""
    lines = ['  File "{}", line {}\n'.format(err.filename or "<string>", err.lineno)]
    if err.text is None:
        return lines
    source = err.text.rstrip("\n")
    shown = source.lstrip(" \n\f")
    indent = len(source) - len(shown)
    lines.append("    {}\n".format(shown))
    if err.offset is None:
        return lines
    start = err.offset - 1 - indent
    end = err.end_offset
    if end is None or end <= err.offset or err.end_lineno not in (None, err.lineno):
        end = err.offset + 1
    if start >= 0:
        # Tabs stay tabs under the source, so that the carets line up.
        pad = "".join(ch if ch.isspace() else " " for ch in shown[:start])
        lines.append("    {}{}\n".format(pad, "^" * (end - err.offset)))
    return lines


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
    """One frame of a stack or traceback: file, line, function, the source line, and (for a
    traceback) the span of the instruction that was running."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line",
                 "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _raw_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


_sources = {}


def _raw_line(filename, lineno):
    """Source line lineno of filename, unstripped with its newline, or ''."""
    known = _traceback.raw_source_line(filename, lineno)
    lines = _sources.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, ValueError, UnicodeError):
            lines = None
        if lines is not None:
            _sources[filename] = lines
    if lines is not None and 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return known + "\n" if known is not None else ""


def _source_line(filename, lineno):
    return _raw_line(filename, lineno).strip()


def walk_stack(f):
    """Yields (frame, line) for f and each frame that called it. With None, as CPython 3.11,
    the walk starts four frames above the generator's own (the caller of extract_stack when
    it runs through StackSummary.extract)."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            if f is not None:
                f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line) for each entry of traceback tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_positions(tb):
    while tb is not None:
        yield tb.tb_frame, _traceback.positions(tb)
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        row = ['  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)]
        if fs.line:
            row.append("    {}\n".format(fs.line.strip()))
            carets = _traceback.carets(fs._original_line.rstrip("\n"), fs.lineno,
                                       fs.end_lineno, fs.colno, fs.end_colno)
            if carets is not None:
                row.append(carets + "\n")
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None
                    or last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        count, "s" if count > 1 else ""))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                count, "s" if count > 1 else ""))
        return result


class _TracebackHolder:
    def __init__(self, exc):
        self.exc = exc


def extract_tb(tb, limit=None):
    """The entries of traceback tb as a StackSummary, with each instruction's span."""
    if isinstance(tb, _TracebackHolder):
        tb = tb.exc.__traceback__
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_positions(tb), limit=limit)


def _entries(exc, limit=None):
    return extract_tb(exc.__traceback__, limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
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
    """The stack from frame f (the caller's when None) as a StackSummary, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
