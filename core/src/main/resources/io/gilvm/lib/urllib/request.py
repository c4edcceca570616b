"""urllib.request: urlopen and Request for http: URLs, over http.client, for gilvm.

Written for gilvm from the Python documentation. urlopen follows redirects and raises
HTTPError for error statuses, as CPython's default opener does. Only http: is supported
(gilvm has no TLS: https: is an "unknown url type", as in a CPython built without ssl); the
opener and handler classes, proxies and authentication are absent. As every socket, a
connection to an address other than loopback is refused unless gilvm runs with
--allow-network.
"""
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, urljoin, unquote, quote

__all__ = ["Request", "urlopen"]

__version__ = "3.11"


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = self.host
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return "{}#{}".format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = url.strip()
        self._full_url, _, self.fragment = self._full_url.partition("#")
        if not _:
            self.fragment = None
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        scheme, colon, rest = self._full_url.partition(":")
        if not colon or not scheme or "/" in scheme:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = scheme.lower()
        if rest.startswith("//"):
            hostpart = rest[2:]
            cut = len(hostpart)
            for c in "/?":
                at = hostpart.find(c)
                if at >= 0:
                    cut = min(cut, at)
            self.host, self.selector = hostpart[:cut], hostpart[cut:]
        else:
            self.host, self.selector = None, rest
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        raise NotImplementedError("proxies are not supported by gilvm's urllib")

    def has_proxy(self):
        return False

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


_MAX_REDIRECTIONS = 10


def _send(req, timeout):
    """One request and its response, without following redirects."""
    if req.type != "http":
        raise URLError("unknown url type: %s" % req.type)
    host = req.host
    if not host:
        raise URLError("no host given")
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                            "It cannot be of type str.")
        if not req.has_header("Content-type"):
            req.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
        if not req.has_header("Content-length") and not req.has_header("Transfer-encoding"):
            try:
                length = memoryview(data).nbytes
            except TypeError:
                if hasattr(data, "read"):
                    raise ValueError("Content-Length should be specified for iterable data "
                                     "of type %r %r" % (type(data), data))
                req.add_unredirected_header("Transfer-encoding", "chunked")
            else:
                req.add_unredirected_header("Content-length", "%d" % length)
    if not req.has_header("Host"):
        req.add_unredirected_header("Host", host)
    if not req.has_header("User-agent"):
        req.add_unredirected_header("User-agent", "Python-urllib/%s" % __version__)
    conn = http.client.HTTPConnection(host, timeout=timeout)
    headers = dict(req.unredirected_hdrs)
    headers.update({k: v for k, v in req.headers.items() if k not in headers})
    headers["Connection"] = "close"
    headers = {name.title(): val for name, val in headers.items()}
    try:
        try:
            conn.request(req.get_method(), req.selector or "/", req.data, headers,
                         encode_chunked=req.has_header("Transfer-encoding"))
        except OSError as err:
            raise URLError(err)
        r = conn.getresponse()
    except BaseException:
        conn.close()
        raise
    if conn.sock is not None:
        # The response reads the rest and closes the socket (it was asked to: Connection: close).
        r.fp._owns = True
        conn.sock = None
        conn._response = None
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def _redirect(req, r, code):
    headers = r.headers
    if "location" in headers:
        newurl = headers["location"]
    elif "uri" in headers:
        newurl = headers["uri"]
    else:
        return None
    parts = urlsplit(newurl)
    if parts.scheme not in ("http", "https", "ftp", ""):
        raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed"
                        % (r.msg, newurl), headers, r)
    if not parts.path and parts.netloc:
        parts = list(parts)
        parts[2] = "/"
        from urllib.parse import urlunsplit
        newurl = urlunsplit(parts)
    newurl = quote(newurl, encoding="iso-8859-1", safe="!#$%&'()*+,/:;=?@[]~")
    newurl = urljoin(req.full_url, newurl)
    method = req.get_method()
    if (not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
             or code in (301, 302, 303) and method == "POST")):
        raise HTTPError(req.full_url, code, r.msg, headers, r)
    newheaders = {k: v for k, v in req.headers.items()
                  if k.lower() not in ("content-length", "content-type")}
    return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                   unverifiable=True, method="HEAD" if method == "HEAD" else "GET")


def urlopen(url, data=None, timeout=http.client._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None, cadefault=False, context=None):
    """Opens an http: URL (a str or a Request) and returns its response."""
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    req.timeout = timeout
    visited = {}
    while True:
        r = _send(req, timeout)
        code = r.status
        if 200 <= code < 300:
            return r
        if code in (301, 302, 303, 307, 308):
            new = _redirect(req, r, code)
            if new is not None:
                visited[req.full_url] = visited.get(req.full_url, 0) + 1
                if (visited.get(new.full_url, 0) >= 4
                        or sum(visited.values()) >= _MAX_REDIRECTIONS):
                    raise HTTPError(req.full_url, code,
                                    "The HTTP server returned a redirect error that would lead "
                                    "to an infinite loop.\nThe last 30x error message was:\n"
                                    + r.msg, r.headers, r)
                r.read()
                r.close()
                req = new
                continue
        raise HTTPError(req.full_url, code, r.msg, r.headers, r)
