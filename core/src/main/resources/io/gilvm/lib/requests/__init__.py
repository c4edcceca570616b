"""requests: a minimal HTTP client in the style of the requests package, for gilvm.

Written for gilvm (the requests package is not part of Python): get, post, put, patch,
delete, head, request and Session, with params, data, json, headers, timeout, auth (a
user-password pair) and allow_redirects; a Response with status_code, reason, headers, url,
content, text, encoding, json(), ok, raise_for_status() and history. Only http: URLs (gilvm has
no TLS); one connection per request. Built on http.client and so on the socket module: a
thread waiting for a server releases the interpreter lock, and an address other than loopback
is refused unless gilvm runs with --allow-network.
"""
import base64
import datetime
import http.client
import json as _json
import socket
import time
from urllib.parse import urlsplit, urlencode, urljoin

from requests import exceptions
from requests.exceptions import (RequestException, HTTPError, ConnectionError, Timeout,
                                 ConnectTimeout, ReadTimeout, TooManyRedirects, MissingSchema,
                                 InvalidSchema, InvalidURL, JSONDecodeError, URLRequired)
from requests.structures import CaseInsensitiveDict

__all__ = ["request", "get", "head", "post", "put", "patch", "delete", "options", "Session",
           "session", "Response", "codes", "exceptions", "RequestException", "HTTPError",
           "ConnectionError", "Timeout", "ConnectTimeout", "ReadTimeout", "TooManyRedirects",
           "JSONDecodeError"]

__version__ = "2.31.0"
__title__ = "requests"

DEFAULT_REDIRECT_LIMIT = 30


class _Codes:
    """requests.codes: status codes by name (codes.ok, codes.not_found, ...)."""

    def __init__(self):
        from http import HTTPStatus
        for status in HTTPStatus:
            setattr(self, status.name.lower(), status.value)
        self.ok = 200
        self.all_ok = 200

    def __getitem__(self, name):
        return getattr(self, name)


codes = _Codes()


def default_headers():
    return CaseInsensitiveDict({
        "User-Agent": "python-requests/" + __version__,
        "Accept-Encoding": "identity",
        "Accept": "*/*",
        "Connection": "close",
    })


class PreparedRequest:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def __repr__(self):
        return "<PreparedRequest [%s]>" % self.method


class Response:
    def __init__(self):
        self.status_code = None
        self.reason = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.request = None
        self.elapsed = datetime.timedelta(0)
        self._content = b""

    def __repr__(self):
        return "<Response [%s]>" % self.status_code

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    @property
    def content(self):
        return self._content

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (301, 308)

    @property
    def apparent_encoding(self):
        try:
            self._content.decode("ascii")
            return "ascii"
        except UnicodeDecodeError:
            return "utf-8"

    @property
    def text(self):
        if not self._content:
            return ""
        encoding = self.encoding or self.apparent_encoding
        try:
            return str(self._content, encoding, errors="replace")
        except LookupError:
            return str(self._content, errors="replace")

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.text if decode_unicode else self._content
        if chunk_size is None:
            chunk_size = max(len(data), 1)
        for i in range(0, len(data), chunk_size):
            yield data[i:i + chunk_size]

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.text if decode_unicode else self._content
        lines = data.split(delimiter) if delimiter else data.splitlines()
        yield from lines

    def raise_for_status(self):
        reason = self.reason
        if isinstance(reason, bytes):
            reason = reason.decode("iso-8859-1")
        msg = ""
        if 400 <= self.status_code < 500:
            msg = "%s Client Error: %s for url: %s" % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            msg = "%s Server Error: %s for url: %s" % (self.status_code, reason, self.url)
        if msg:
            raise HTTPError(msg, response=self)


def _encoding_from_headers(headers):
    content_type = headers.get("content-type")
    if not content_type:
        return None
    parts = content_type.split(";")
    for part in parts[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset":
            return value.strip(" '\"")
    if "text" in parts[0]:
        return "ISO-8859-1"
    if "application/json" in parts[0]:
        return "utf-8"
    return None


def _with_params(url, params):
    if not params:
        return url
    if isinstance(params, (str, bytes)):
        query = params if isinstance(params, str) else params.decode("ascii")
    else:
        query = urlencode(params, doseq=True)
    base, hash_, fragment = url.partition("#")
    sep = "&" if "?" in base else "?"
    if base.endswith("?") or base.endswith("&"):
        sep = ""
    return base + sep + query + hash_ + fragment


def _check_url(url):
    if not isinstance(url, str):
        url = url.decode("utf-8") if isinstance(url, bytes) else str(url)
    url = url.strip()
    if ":" not in url or not url.split(":", 1)[0].isalpha():
        raise MissingSchema("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?"
                            % (url, url))
    parts = urlsplit(url)
    if parts.scheme == "https":
        raise InvalidSchema("gilvm's requests has no TLS: only http: URLs are supported, "
                            "not %r" % url)
    if parts.scheme != "http":
        raise InvalidSchema("No connection adapters were found for %r" % url)
    if not parts.hostname:
        raise InvalidURL("Invalid URL %r: No host supplied" % url)
    if not parts.path:
        url = url.replace(parts.netloc, parts.netloc + "/", 1) if not parts.query else url
    return url, parts


def _timeouts(timeout):
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError("Invalid timeout %r. Pass a (connect, read) timeout tuple, or a "
                             "single float to set both timeouts to the same value." % (timeout,))
        return timeout
    return timeout, timeout


def _send(method, url, headers, body, timeout):
    url, parts = _check_url(url)
    connect_timeout, read_timeout = _timeouts(timeout)
    port = parts.port or 80
    conn = http.client.HTTPConnection(parts.hostname, port, timeout=connect_timeout)
    selector = parts.path or "/"
    if parts.query:
        selector += "?" + parts.query
    request = PreparedRequest(method, url, headers, body)
    started = time.monotonic()
    try:
        try:
            conn.connect()
        except socket.timeout as e:
            raise ConnectTimeout(e, request=request)
        except OSError as e:
            raise ConnectionError(e, request=request)
        conn.sock.settimeout(read_timeout)
        try:
            host = parts.hostname if port == 80 else "%s:%d" % (parts.hostname, port)
            if ":" in parts.hostname:
                host = "[%s]" % parts.hostname if port == 80 else "[%s]:%d" % (parts.hostname,
                                                                              port)
            sent = {"Host": host}
            sent.update(headers)
            conn.request(method, selector, body, sent)
            r = conn.getresponse()
            content = r.read()
        except socket.timeout as e:
            raise ReadTimeout(e, request=request)
        except (OSError, http.client.HTTPException) as e:
            raise ConnectionError(e, request=request)
    finally:
        conn.close()
    response = Response()
    response.status_code = r.status
    response.reason = r.reason
    response.headers = CaseInsensitiveDict()
    for name, value in r.getheaders():
        if name in response.headers:
            response.headers[name] = response.headers[name] + ", " + value
        else:
            response.headers[name] = value
    response.url = url
    response.request = request
    response._content = content
    response.encoding = _encoding_from_headers(response.headers)
    response.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
    return response


class Session:
    """Default headers (and auth) kept across requests; one connection per request."""

    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.params = {}
        self.max_redirects = DEFAULT_REDIRECT_LIMIT

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        if files:
            raise NotImplementedError("file uploads (files=) are not supported by gilvm's "
                                      "requests")
        if cookies:
            raise NotImplementedError("cookies are not supported by gilvm's requests")
        if proxies:
            raise NotImplementedError("proxies are not supported by gilvm's requests")
        method = method.upper()
        if isinstance(url, bytes):
            url = url.decode("utf-8")
        url = _with_params(str(url), {**self.params, **(params or {})}
                           if isinstance(params, dict) or params is None else params)
        merged = CaseInsensitiveDict(self.headers)
        for k, v in (headers or {}).items():
            if v is None:
                merged.pop(k, None)
            else:
                merged[k] = v
        auth = auth if auth is not None else self.auth
        if auth is not None:
            user, password = auth
            if isinstance(user, str):
                user = user.encode("latin-1")
            if isinstance(password, str):
                password = password.encode("latin-1")
            merged["Authorization"] = "Basic " + base64.b64encode(
                user + b":" + password).decode("ascii")
        body = None
        if data is not None and data != {} and data != []:
            if isinstance(data, (str, bytes, bytearray)):
                body = data.encode("utf-8") if isinstance(data, str) else bytes(data)
            elif hasattr(data, "read"):
                body = data.read()
                if isinstance(body, str):
                    body = body.encode("utf-8")
            else:
                body = urlencode(list(data.items()) if hasattr(data, "items") else data,
                                 doseq=True).encode("ascii")
                if "content-type" not in merged:
                    merged["Content-Type"] = "application/x-www-form-urlencoded"
        elif json is not None:
            body = _json.dumps(json, allow_nan=False).encode("utf-8")
            if "content-type" not in merged:
                merged["Content-Type"] = "application/json"
        if body is not None or method in ("POST", "PUT", "PATCH"):
            merged["Content-Length"] = str(len(body) if body is not None else 0)
        history = []
        while True:
            response = _send(method, url, dict(merged.items()), body, timeout)
            if not (allow_redirects and response.is_redirect):
                break
            history.append(response)
            if len(history) > self.max_redirects:
                raise TooManyRedirects("Exceeded %d redirects." % self.max_redirects,
                                       response=response)
            url = urljoin(response.url, response.headers["location"])
            code = response.status_code
            if code == 303 and method != "HEAD" or code in (301, 302) and method == "POST":
                method = "GET"
                body = None
                for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                    merged.pop(name, None)
        response.history = history
        return response

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request("get", url, params=params, **kwargs)


def options(url, **kwargs):
    return request("options", url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault("allow_redirects", False)
    return request("head", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("post", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("put", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request("patch", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("delete", url, **kwargs)
