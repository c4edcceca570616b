"""_gilvm_textfile: the text layer open() puts over a binary file for the encodings whose
characters are not counted byte by byte at line ends (UTF-16, UTF-32) and for cp1252.

A TextFile decodes the whole rest of the file on its first read (with the codecs str.encode and
bytes.decode use) and encodes each write; it writes a byte order mark only at the start of a
file. Newlines are translated as CPython's TextIOWrapper does. tell() and seek() to other than
the start are not supported."""

from _io import UnsupportedOperation

# The encodings that write a byte order mark first, and what they continue with.
_AFTER_BOM = {"utf-16": "utf-16-le", "utf16": "utf-16-le", "u16": "utf-16-le",
              "utf-32": "utf-32-le", "utf32": "utf-32-le", "u32": "utf-32-le"}


class TextFile:
    """A text file over a binary one, in a wide or table-driven encoding."""

    def __init__(self, raw, name, mode, encoding, errors, newline, line_buffering):
        "".encode(encoding)  # LookupError for an unknown codec, before anything is read
        self.buffer = raw
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.errors = "strict" if errors is None else errors
        self.line_buffering = line_buffering
        self._newline = newline
        self._text = None
        self._pos = 0
        key = encoding.lower().replace("_", "-")
        self._encode_as = encoding
        if key in _AFTER_BOM and raw.seekable() and raw.tell() > 0:
            self._encode_as = _AFTER_BOM[key]
        self._after_bom = _AFTER_BOM.get(key, encoding)

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode,
                                                                     self.encoding)

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return self.buffer.readable()

    def writable(self):
        self._check_open()
        return self.buffer.writable()

    def seekable(self):
        self._check_open()
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return False

    def _load(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._pos = 0

    def read(self, size=-1):
        self._load()
        text, pos = self._text, self._pos
        if size is None or size < 0:
            self._pos = len(text)
            return text[pos:]
        self._pos = min(len(text), pos + size)
        return text[pos:self._pos]

    def _line_end(self, text, start):
        """The index just past the line starting at start."""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return len(text) if i < 0 else i + 1
        if nl == "\r\n":
            i = text.find("\r\n", start)
            return len(text) if i < 0 else i + 2
        if nl == "\r":
            i = text.find("\r", start)
            return len(text) if i < 0 else i + 1
        # newline="": any of \n, \r, \r\n ends a line, kept as it is.
        for i in range(start, len(text)):
            ch = text[i]
            if ch == "\n":
                return i + 1
            if ch == "\r":
                return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
        return len(text)

    def readline(self, size=-1):
        self._load()
        end = self._line_end(self._text, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._text[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        if text:
            self.buffer.write(text.encode(self._encode_as, self.errors))
            self._encode_as = self._after_bom
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.buffer.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def tell(self):
        raise UnsupportedOperation("gilvm's %s text files do not support tell()" % self.encoding)

    def seek(self, offset, whence=0):
        self._check_open()
        if offset != 0 or whence != 0:
            raise UnsupportedOperation("gilvm's %s text files can only seek to the start"
                                       % self.encoding)
        self.buffer.seek(0)
        self._text = None
        self._pos = 0
        self._encode_as = self.encoding
        return 0

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return None

    def __del__(self):
        self.close()
