"""http.client: the client side of HTTP/1.1 over gilvm's socket module, for gilvm.

Written for gilvm from the Python documentation. Every read and write is a socket call, so a
thread waiting for a server releases the interpreter lock. Only plain HTTP: HTTPSConnection is
absent (gilvm has no TLS). As every socket, a connection to an address other than loopback is
refused unless gilvm runs with --allow-network.
"""
import socket
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState", "CannotSendRequest",
           "CannotSendHeader", "ResponseNotReady", "BadStatusLine", "LineTooLong",
           "RemoteDisconnected", "error", "responses", "HTTPMessage", "parse_headers",
           "HTTP_PORT", "HTTPS_PORT"]

HTTP_PORT = 80
HTTPS_PORT = 443

globals().update(HTTPStatus.__members__)
responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100


class HTTPException(Exception):
    pass


error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            more = ", %i more expected" % self.expected
        else:
            more = ""
        return "%s(%i bytes read%s)" % (self.__class__.__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# ---------------------------------------------------------------- socket streams

class _SocketReader:
    """Buffered reads (readline, read) from a socket; owns it when told to close it."""

    def __init__(self, sock, owns=False):
        self._sock = sock
        self._owns = owns
        self._buf = bytearray()
        self._eof = False

    @property
    def closed(self):
        return self._sock is None

    def _fill(self):
        if self._eof or self._sock is None:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def readline(self, limit=-1):
        start = 0
        while True:
            at = self._buf.find(b"\n", start)
            if at >= 0:
                end = at + 1
                break
            if 0 <= limit <= len(self._buf):
                end = limit
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if 0 <= limit < end:
            end = limit
        line = bytes(self._buf[:end])
        del self._buf[:end]
        return line

    def read(self, n=-1):
        if n is None or n < 0:
            while self._fill():
                pass
            data = bytes(self._buf)
            self._buf.clear()
            return data
        while len(self._buf) < n and self._fill():
            pass
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def read1(self, n=-1):
        if not self._buf:
            self._fill()
        if n is None or n < 0:
            n = len(self._buf)
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def readable(self):
        return True

    def close(self):
        sock, self._sock = self._sock, None
        if sock is not None and self._owns:
            sock.close()


class _SocketWriter:
    """Unbuffered writes to a socket: each write is one sendall."""

    def __init__(self, sock):
        self._sock = sock

    @property
    def closed(self):
        return self._sock is None

    def writable(self):
        return True

    def write(self, b):
        if self._sock is None:
            raise ValueError("I/O operation on closed file.")
        self._sock.sendall(b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._sock is None:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self._sock = None


# ---------------------------------------------------------------- headers

class HTTPMessage:
    """Headers: an ordered list of (name, value), looked up without regard to case."""

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def add_header(self, name, value, **params):
        parts = [value] if value is not None else []
        for k, v in params.items():
            k = k.replace("_", "-")
            parts.append(k if v is None else '%s="%s"' % (k, v))
        self._headers.append((name, "; ".join(parts)))

    def replace_header(self, name, value):
        lower = name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lower:
                self._headers[i] = (k, value)
                return
        raise KeyError(name)

    def getallmatchingheaders(self, name):
        name = name.lower()
        return ["%s: %s" % (k, v) for k, v in self._headers if k.lower() == name]

    def _content_type_parts(self):
        value = self.get("content-type")
        if value is None:
            return None, []
        parts = value.split(";")
        return parts[0].strip().lower(), parts[1:]

    def get_content_type(self):
        ctype = self._content_type_parts()[0]
        if ctype is None or ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        param = param.lower()
        for part in value.split(";")[1:]:
            k, has, v = part.partition("=")
            if k.strip().lower() == param:
                v = v.strip()
                if unquote and len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v if has else ""
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param("charset")
        if charset is None or charset == "":
            return failobj
        return charset.lower()

    def as_string(self):
        return "".join("%s: %s\n" % (k, v) for k, v in self._headers) + "\n"

    def __str__(self):
        return self.as_string()


def _read_headers(fp):
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b"\r\n", b"\n", b""):
            break
    return lines


def _parse_header_lines(lines, _class=HTTPMessage):
    msg = _class()
    for raw in lines:
        line = raw.decode("iso-8859-1").rstrip("\r\n")
        if not line:
            break
        if line[0] in " \t" and msg._headers:
            k, v = msg._headers[-1]
            msg._headers[-1] = (k, v + "\n" + line)
            continue
        name, has, value = line.partition(":")
        if not has:
            continue
        msg._headers.append((name, value.strip(" \t")))
    return msg


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from fp up to a blank line and returns them as an HTTPMessage."""
    return _parse_header_lines(_read_headers(fp), _class)


# ---------------------------------------------------------------- responses

class HTTPResponse:
    """The response to one request: status, reason, headers, and the body to read."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = _SocketReader(sock)
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = "UNKNOWN"
        self.status = "UNKNOWN"
        self.reason = "UNKNOWN"
        self.chunked = "UNKNOWN"
        self.chunk_left = "UNKNOWN"
        self.length = "UNKNOWN"
        self.will_close = "UNKNOWN"
        self.url = url

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            _read_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(encoding and encoding.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        self._close_conn()

    @property
    def closed(self):
        return self.fp is None

    def isclosed(self):
        return self.fp is None

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        return self.fp._sock.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._safe_read(self.length)
            self.length = 0
        self._close_conn()
        return data

    def read1(self, n=-1):
        return self.read(n if n is not None and n >= 0 else None)

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        head = line.split(b";", 1)[0]
        try:
            return int(head, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt=None):
        parts = []
        total = 0
        while amt is None or amt < 0 or total < amt:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    self._safe_read(2)
                try:
                    size = self._read_chunk_size()
                except ValueError:
                    raise IncompleteRead(b"".join(parts)) from None
                if size == 0:
                    while True:
                        line = self.fp.readline(_MAXLINE + 1)
                        if line in (b"\r\n", b"\n", b""):
                            break
                    self.chunk_left = None
                    self._close_conn()
                    break
                self.chunk_left = size
            want = self.chunk_left
            if amt is not None and amt >= 0:
                want = min(want, amt - total)
            try:
                data = self._safe_read(want)
            except IncompleteRead as e:
                raise IncompleteRead(b"".join(parts) + e.partial) from None
            parts.append(data)
            total += len(data)
            self.chunk_left -= len(data)
        return b"".join(parts)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self.read(limit if limit is not None and limit >= 0 else None)
        if self.length is not None and (limit is None or limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(-1 if limit is None else limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, "__iter__"):
            return headers
        return ", ".join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# ---------------------------------------------------------------- connections

class _DefaultTimeout:
    def __repr__(self):
        return "<default timeout>"


_GLOBAL_DEFAULT_TIMEOUT = _DefaultTimeout()

_IDLE = "Idle"
_STARTED = "Request-started"
_SENT = "Request-sent"


def _encode_body(body, name="body"):
    if isinstance(body, str):
        try:
            return body.encode("iso-8859-1")
        except UnicodeEncodeError as err:
            raise UnicodeEncodeError(
                err.encoding, err.object, err.start, err.end,
                "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you want to send "
                "it encoded in UTF-8." % (name.title(), body[err.start:err.end], name)) from None
    return body


class HTTPConnection:
    """One connection to an HTTP server, opened on the first request."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._response = None
        self._state = _IDLE
        self._method = None
        self.host, self.port = self._get_hostport(host, port)
        for c in self.host:
            if ord(c) <= 32 or ord(c) == 127:
                raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                                 % (self.host, c))

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    if host[colon + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == "[" and host[-1] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        timeout = self.timeout
        if timeout is _GLOBAL_DEFAULT_TIMEOUT:
            timeout = socket.getdefaulttimeout()
        self.sock = socket.create_connection((self.host, self.port), timeout,
                                             self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self._state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock is not None:
                sock.close()
        finally:
            response, self._response = self._response, None
            if response is not None:
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.sock.sendall(data)
            return
        try:
            for block in data:
                self.sock.sendall(block)
        except TypeError:
            raise TypeError("data should be a bytes-like object or an iterable, got %r"
                            % type(data)) from None

    def _output(self, s):
        self._buffer.append(s)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if self._state == _IDLE:
            self._state = _STARTED
        else:
            raise CannotSendRequest(self._state)
        for c in method:
            if ord(c) <= 32 or ord(c) == 127 or c in "()<>@,;:\\\"/[]?={}":
                raise ValueError("method can't contain control characters. %r (found at least %r)"
                                 % (method, c))
        self._method = method
        url = url or "/"
        for c in url:
            if ord(c) <= 32 or ord(c) == 127:
                raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                                 % (url, c))
        request = "%s %s %s" % (method, url, self._http_vsn_str)
        self._output(request.encode("ascii"))
        if not skip_host:
            if url.startswith("http"):
                netloc = url.split("//", 1)[1].split("/", 1)[0] if "//" in url else ""
            else:
                netloc = ""
            if netloc:
                self.putheader("Host", netloc.encode("idna") if not netloc.isascii()
                               else netloc)
            else:
                host = self.host
                if ":" in host:
                    host = "[" + host + "]"
                if self.port == self.default_port:
                    self.putheader("Host", host)
                else:
                    self.putheader("Host", "%s:%s" % (host, self.port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        if self._state != _STARTED:
            raise CannotSendHeader()
        if hasattr(header, "encode"):
            header = header.encode("ascii")
        values = list(values)
        for i, one in enumerate(values):
            if hasattr(one, "encode"):
                values[i] = one.encode("latin-1")
            elif isinstance(one, int):
                values[i] = str(one).encode("ascii")
        value = b"\r\n\t".join(values)
        self._output(header + b": " + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._state == _STARTED:
            self._state = _SENT
        else:
            raise CannotSendHeader()
        self._buffer.extend((b"", b""))
        head = b"\r\n".join(self._buffer)
        self._buffer = []
        if isinstance(message_body, (bytes, bytearray)):
            self.send(head + bytes(message_body))
            return
        self.send(head)
        if message_body is None:
            return
        if encode_chunked and self._http_vsn == 11:
            chunks = message_body
            if hasattr(message_body, "read"):
                def blocks(f=message_body):
                    while True:
                        block = f.read(self.blocksize)
                        if not block:
                            return
                        yield block
                chunks = blocks()
            for chunk in chunks:
                if isinstance(chunk, str):
                    chunk = chunk.encode("iso-8859-1")
                if not chunk:
                    continue
                self.send(("%X\r\n" % len(chunk)).encode("ascii") + chunk + b"\r\n")
            self.send(b"0\r\n\r\n")
        else:
            self.send(message_body)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        names = {k.lower() for k in headers}
        skips = {}
        if "host" in names:
            skips["skip_host"] = True
        if "accept-encoding" in names:
            skips["skip_accept_encoding"] = True
        self.putrequest(method, url, **skips)
        if "content-length" not in names:
            if "transfer-encoding" not in names:
                encode_chunked = False
                length = self._body_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader("Transfer-Encoding", "chunked")
                else:
                    self.putheader("Content-Length", str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode_body(body, "body")
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _body_length(body, method):
        if body is None:
            if method.upper() in ("PATCH", "POST", "PUT"):
                return 0
            return None
        if hasattr(body, "read"):
            return None
        if isinstance(body, str):
            return len(body.encode("iso-8859-1", "replace"))
        try:
            return memoryview(body).nbytes
        except TypeError:
            return None

    def getresponse(self):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if self._state != _SENT or self._response is not None:
            raise ResponseNotReady(self._state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self._state = _IDLE
            if response.will_close:
                # The response reads to its end and then closes the socket itself.
                response.fp._owns = True
                self.sock = None
                self._response = None
            else:
                self._response = response
            return response
        except BaseException:
            response.close()
            raise
