# HTTP on loopback: an http.server in a thread, fetched with urllib.request, http.client and
# requests (GET, POST, headers, JSON, keep-alive, redirects, error statuses).
import json
import threading
import http.client
import urllib.request
import urllib.error
from urllib.parse import urlencode
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

import requests


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def reply(self, code, body, ctype="text/plain; charset=utf-8", extra=()):
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/hello":
            self.reply(200, "héllo, world\n")
        elif self.path.startswith("/echo"):
            agent = self.headers.get("User-Agent", "")
            self.reply(200, json.dumps({"path": self.path, "x": self.headers["X-Thing"],
                                        "agent": agent.split("/")[0]}),
                       "application/json")
        elif self.path == "/moved":
            self.reply(302, "", extra=[("Location", "/hello")])
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"one ", b"two ", b"three"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/teapot":
            self.send_error(418)
        else:
            self.send_error(404, "No such page")

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length).decode("utf-8")
        self.reply(201, json.dumps({"got": body, "type": self.headers.get_content_type()}),
                   "application/json")


class Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() joins every handler thread


server = Server(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
base = f"http://127.0.0.1:{port}"

# urllib.request
with urllib.request.urlopen(base + "/hello") as r:
    print(r.status, r.reason, r.getcode(), r.headers.get_content_type(),
          r.headers.get_content_charset())  # expect: 200 OK 200 text/plain utf-8
    print(r.read().decode("utf-8"), end="")  # expect: héllo, world
    print(r.url == base + "/hello", r.geturl() == r.url)  # expect: True True
req = urllib.request.Request(base + "/echo?a=1", headers={"X-Thing": "42"})
print(req.get_method(), req.selector, req.host == f"127.0.0.1:{port}")  # expect: GET /echo?a=1 True
print(json.loads(urllib.request.urlopen(req).read()))  # expect: {'path': '/echo?a=1', 'x': '42', 'agent': 'Python-urllib'}
data = urlencode({"name": "gil vm", "n": 3}).encode()
r = urllib.request.urlopen(base + "/form", data=data)
print(r.status, json.loads(r.read()))  # expect: 201 {'got': 'name=gil+vm&n=3', 'type': 'application/x-www-form-urlencoded'}
r = urllib.request.urlopen(base + "/moved")
print(r.status, r.url.endswith("/hello"), r.read())  # expect: 200 True b'h\xc3\xa9llo, world\n'
print(urllib.request.urlopen(base + "/chunked").read())  # expect: b'one two three'
try:
    urllib.request.urlopen(base + "/nothing")
except urllib.error.HTTPError as e:
    print(e, e.code, e.reason, isinstance(e, urllib.error.URLError))  # expect: HTTP Error 404: No such page 404 No such page True
    page = e.read().decode()
    print("<p>Message: No such page.</p>" in page, e.headers["Content-Type"])  # expect: True text/html;charset=utf-8
try:
    urllib.request.urlopen(base + "/teapot")
except urllib.error.HTTPError as e:
    print(repr(e))  # expect: <HTTPError 418: "I'm a Teapot">
try:
    urllib.request.urlopen("nowhere")
except ValueError as e:
    print("ValueError", e)  # expect: ValueError unknown url type: 'nowhere'
try:
    urllib.request.urlopen(base + "/form", data="text")
except TypeError as e:
    print("TypeError", e)  # expect: TypeError POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.

# http.client, two requests on one kept-alive connection
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello")
r1 = conn.getresponse()
print(r1.status, r1.version, r1.getheader("content-length"), r1.will_close)  # expect: 200 11 14 False
print(len(r1.read()), r1.isclosed())  # expect: 14 True
conn.request("POST", "/p", body=b'{"k": 1}', headers={"Content-Type": "application/json"})
r2 = conn.getresponse()
print(r2.status, r2.reason, json.loads(r2.read()))  # expect: 201 Created {'got': '{"k": 1}', 'type': 'application/json'}
conn.request("GET", "/missing")
r3 = conn.getresponse()
print(r3.status, r3.getheader("Connection"), r3.will_close)  # expect: 404 close True
r3.read()
conn.close()

# requests
r = requests.get(base + "/hello")
print(r, r.status_code, r.ok, r.encoding, r.headers["content-length"])  # expect: <Response [200]> 200 True utf-8 14
print(r.text, end="")  # expect: héllo, world
r = requests.get(base + "/echo", params={"q": "a b", "n": [1, 2]}, headers={"X-Thing": "t"})
print(r.json())  # expect: {'path': '/echo?q=a+b&n=1&n=2', 'x': 't', 'agent': 'python-requests'}
r = requests.post(base + "/submit", json={"a": [1, 2.5, None]})
print(r.status_code, r.json())  # expect: 201 {'got': '{"a": [1, 2.5, null]}', 'type': 'application/json'}
r = requests.post(base + "/submit", data={"x": "1", "y": "é"})
print(r.json()["got"])  # expect: x=1&y=%C3%A9
r = requests.get(base + "/moved")
print(r.status_code, r.url.endswith("/hello"), [h.status_code for h in r.history])  # expect: 200 True [302]
r = requests.get(base + "/nothing")
print(r.status_code, r.ok, bool(r))  # expect: 404 False False
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(str(e).replace(str(port), "PORT"))  # expect: 404 Client Error: No such page for url: http://127.0.0.1:PORT/nothing
try:
    requests.get(base + "/hello").json()
except requests.exceptions.JSONDecodeError as e:
    print("JSONDecodeError", isinstance(e, ValueError))  # expect: JSONDecodeError True
try:
    requests.get("127.0.0.1/x")
except requests.exceptions.MissingSchema as e:
    print(e)  # expect: Invalid URL '127.0.0.1/x': No scheme supplied. Perhaps you meant https://127.0.0.1/x?

server.shutdown()
thread.join()
server.server_close()
try:
    requests.get(base + "/hello")
except requests.ConnectionError:
    print("ConnectionError after shutdown")  # expect: ConnectionError after shutdown
try:
    urllib.request.urlopen(base + "/hello")
except urllib.error.URLError as e:
    print(e.reason)  # expect: [Errno 111] Connection refused
