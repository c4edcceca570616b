"""csv for gilvm: reading and writing comma-separated values (RFC 4180 and Excel's dialect).

reader, writer, DictReader, DictWriter, dialects (excel, excel-tab, unix) and the QUOTE_*
quoting styles. csv.Sniffer and field_size_limit are not supported by gilvm.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

__version__ = "1.0"


class Error(Exception):
    """A malformed CSV input, or a row the dialect cannot write."""


Error.__module__ = "_csv"


class Dialect:
    """The formatting parameters of a CSV flavour; subclass it to describe one."""

    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    """Excel's CSV: comma-separated, double quotes, CRLF line ends."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated values."""

    delimiter = "\t"


class unix_dialect(Dialect):
    """CSV as Unix tools write it: LF line ends, every field quoted."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}

_PARAMS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
           "lineterminator", "quoting", "strict")


class _Params:
    """The validated parameters a reader or writer works with (its .dialect)."""

    def __init__(self, dialect, overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in _PARAMS:
            value = overrides.get(name, getattr(dialect, name, None))
            object.__setattr__(self, name, value)
        for name in overrides:
            if name not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if self.delimiter is None:
            self.delimiter = ","
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and (not isinstance(self.quotechar, str)
                                           or len(self.quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if self.escapechar is not None and (not isinstance(self.escapechar, str)
                                            or len(self.escapechar) != 1):
            raise TypeError('"escapechar" must be a 1-character string')
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            self.lineterminator = "\r\n"
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.doublequote = True if self.doublequote is None else bool(self.doublequote)
        self.skipinitialspace = bool(self.skipinitialspace)
        self.strict = bool(self.strict)


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under name (a Dialect subclass and/or parameters)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else excel
    params = _Params(base, fmtparams)
    _dialects[name] = type("registered", (Dialect,), {n: getattr(params, n) for n in _PARAMS})


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


# ------------------------------------------------------------------ reading

_START_RECORD, _START_FIELD, _IN_FIELD, _IN_QUOTED, _QUOTE_IN_QUOTED, _ESCAPED, \
    _ESCAPE_IN_QUOTED, _EAT_CRNL = range(8)


class _Reader:
    """Iterates over the rows (lists of str) of the lines that lines yields."""

    def __init__(self, lines, dialect, overrides):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, overrides)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        quoted = False

        def save():
            text = "".join(field)
            field.clear()
            if d.quoting == QUOTE_NONNUMERIC and not quoted and text != "":
                fields.append(float(text))
            else:
                fields.append(text)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in (_START_RECORD, _EAT_CRNL) and not fields and not field:
                    raise
                if state == _EAT_CRNL:
                    return fields
                if d.strict and state in (_IN_QUOTED, _ESCAPED, _ESCAPE_IN_QUOTED):
                    raise Error("unexpected end of data") from None
                save()
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened "
                            "in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        continue
                    raise Error("new-line character seen in unquoted field - do you need to "
                                "open the file with newline=''?")
                if state == _START_RECORD:
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    quoted = False
                    if c == "\n" or c == "\r":
                        save()
                        state = _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = _IN_QUOTED
                    elif c == d.escapechar:
                        state = _ESCAPED
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        save()
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _IN_FIELD:
                    if c == "\n" or c == "\r":
                        save()
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED:
                    if c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED if d.doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _QUOTE_IN_QUOTED:
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        field.append(c)
                        state = _IN_QUOTED
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    elif c == "\n" or c == "\r":
                        save()
                        state = _EAT_CRNL
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED:
                    field.append(c)
                    state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED:
                    field.append(c)
                    state = _IN_QUOTED
            # The end of a line.
            if state == _EAT_CRNL:
                return fields
            if state == _START_RECORD:
                return fields
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
                save()
                return fields
            if state == _ESCAPED:
                field.append("\n")
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED:
                field.append("\n")
                state = _IN_QUOTED
            # Inside quotes the record goes on to the next line.


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the rows of csvfile (any iterable of lines), each a list of str."""
    lines = iter(csvfile)
    return _Reader(lines, dialect, fmtparams)


# ------------------------------------------------------------------ writing

class _Writer:
    """Writes rows to a file-like object's write method, formatted by the dialect."""

    def __init__(self, fileobj, dialect, overrides):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Params(dialect, overrides)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not (isinstance(value, (int, float)) and value is not None)
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (only and text == "") or any(
                c == d.delimiter or c == d.quotechar or c == "\n" or c == "\r"
                or c in d.lineterminator for c in text)
        if d.quoting == QUOTE_NONE and only and text == "":
            raise Error("single empty field record must be quoted")
        out = []
        for c in text:
            special = (c == d.delimiter or c == d.escapechar or c == d.quotechar
                       or c == "\n" or c == "\r" or c in d.lineterminator)
            if not special:
                out.append(c)
            elif quote:
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(c + c)
                    elif d.escapechar is not None:
                        out.append(d.escapechar + c)
                    else:
                        raise Error("need to escape, but no escapechar set")
                elif c == d.escapechar:
                    out.append(c + c)
                else:
                    out.append(c)
            else:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar + c)
        text = "".join(out)
        if quote:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one row; returns what the file's write returned."""
        try:
            values = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(values) == 1
        line = self.dialect.delimiter.join(self._field(v, only) for v in values)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer whose writerow() formats a row and writes it to csvfile."""
    return _Writer(csvfile, dialect, fmtparams)


# ------------------------------------------------------------------ dictionaries

class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        elif len(row) < len(names):
            for key in names[len(row):]:
                result[key] = self.restval
        return result


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction.lower() == "raise":
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in extra))
        return [rowdict.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row(r) for r in rowdicts)
