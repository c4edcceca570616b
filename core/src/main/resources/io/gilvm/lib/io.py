"""io: open() and the file types (from _io, in Java), and the in-memory StringIO and BytesIO."""

from _io import (open, UnsupportedOperation, DEFAULT_BUFFER_SIZE, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRandom, FileIO, IOBase)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, and the closed state."""

    def __init__(self, initial, empty):
        self._empty = empty
        self._init = initial
        self._parts = None
        self._pos = 0
        self._closed = False

    @property
    def _buf(self):
        # Appends at the end collect in a list, joined when the contents are next looked at.
        if self._parts is not None:
            self._init = self._empty.join(self._parts)
            self._parts = None
        return self._init

    @_buf.setter
    def _buf(self, value):
        self._parts = None
        self._init = value

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def _write(self, s):
        n = len(s)
        pos = self._pos
        if self._parts is not None and pos == self._end:
            self._parts.append(s)
            self._end = pos + n
            self._pos = pos + n
            return n
        buf = self._buf
        if pos == len(buf):
            self._parts = [buf, s]
            self._end = pos + n
        elif pos > len(buf):
            self._buf = buf + self._pad(pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        buf = self._buf
        pos = self._pos
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return self._empty
        i = buf.find(self._newline, pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_Memory):
    """An in-memory text file."""

    _newline = "\n"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        self._translate = newline is None
        self._write_nl = newline if newline not in (None, "", "\n") else None
        super().__init__(self._in(initial_value), "")

    def _in(self, s):
        if self._translate:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._write_nl is not None:
            s = s.replace("\n", self._write_nl)
        return s

    def _pad(self, n):
        return "\0" * n

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(self._in(s))
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Memory):
    """An in-memory binary file."""

    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        super().__init__(bytes(initial_bytes), b"")

    def _pad(self, n):
        return b"\0" * n

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        raise NotImplementedError("BytesIO.getbuffer is not supported by gilvm")

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
