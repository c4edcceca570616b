"""_gilvm_textfile: the text layer open() puts over a binary file for the encodings whose
characters are not counted byte by byte at line ends (UTF-16, UTF-32) and for cp1252.

A TextFile decodes the whole rest of the file on its first read (with the codecs str.encode and
bytes.decode use) and encodes each write; it writes a byte order mark only at the start of a
file. Newlines are translated as CPython's TextIOWrapper does. tell() gives the byte offset in
the file of the next character to read (or write), as CPython's cookies are at a character
boundary with no decoder state pending, and seek() takes it back."""

from _io import UnsupportedOperation
from bisect import bisect_left as _bisect_left

# The encodings that write a byte order mark first, and what they continue with.
_AFTER_BOM = {"utf-16": "utf-16-le", "utf16": "utf-16-le", "u16": "utf-16-le",
              "utf-32": "utf-32-le", "utf32": "utf-32-le", "u32": "utf-32-le"}
# The byte order marks, the longest first (UTF-32-LE's starts with UTF-16-LE's).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


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
        self._wide = key in _AFTER_BOM
        self._encode_as = encoding
        if self._wide and raw.seekable() and raw.tell() > 0:
            self._encode_as = _AFTER_BOM[key]
        self._after_bom = _AFTER_BOM.get(key, encoding)
        # Where the loaded text starts in the file, the text as decoded (before newlines are
        # translated), and the indexes in _text of the newlines that were a \r\n.
        self._base = 0
        self._raw = ""
        self._collapsed = []
        # The last offset tell() worked out: (index in _raw, byte offset from _base).
        self._told = (0, 0)

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
            start = self.buffer.tell() if self.buffer.seekable() else 0
            data = self.buffer.read()
            codec = self.encoding
            if self._wide:
                codec, bom = self._byte_order(start, data)
                data = data[bom:]
                start += bom
            raw = data.decode(codec, self.errors)
            text = raw
            collapsed = []
            if self._newline is None and "\r" in raw:
                parts = raw.split("\r\n")
                at = -1
                for part in parts[:-1]:
                    at += len(part) + 1
                    collapsed.append(at)
                text = "\n".join(parts).replace("\r", "\n")
            self._base = start
            self._raw = raw
            self._collapsed = collapsed
            self._told = (0, 0)
            self._text = text
            self._pos = 0

    def _byte_order(self, start, data):
        """The codec of a UTF-16 or UTF-32 file's bytes from start on, which data holds, and
        the length of the byte order mark there (0 past the start): the order the mark at the
        start of the file gives, little-endian without one."""
        head = data[:4]
        if start > 0:
            self.buffer.seek(0)
            head = self.buffer.read(4)
            self.buffer.seek(start + len(data))
        width = "32" if "32" in self._after_bom else "16"
        for mark, codec in _BOMS:
            if head.startswith(mark) and width in codec:
                return codec, (len(mark) if start == 0 else 0)
        return self._after_bom, 0

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
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if self._text is None:
            self.buffer.flush()
            return self.buffer.tell()
        index = self._pos + _bisect_left(self._collapsed, self._pos)
        done, nbytes = self._told
        if index >= done:
            nbytes += self._byte_length(self._raw[done:index])
        else:
            nbytes = self._byte_length(self._raw[:index])
        self._told = (index, nbytes)
        return self._base + nbytes

    def _byte_length(self, text):
        if self._wide:
            # No byte order mark inside the file: the length in either byte order.
            return len(text.encode(self._after_bom, "surrogatepass"))
        return len(text.encode(self.encoding, "replace"))

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.buffer.flush()
            position = self.buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        elif cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        else:
            self.buffer.flush()
            position = self.buffer.seek(cookie)
        self._text = None
        self._pos = 0
        self._encode_as = self.encoding if position == 0 else self._after_bom
        return position

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
