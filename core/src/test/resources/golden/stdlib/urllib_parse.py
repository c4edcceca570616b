# urllib.parse: splitting, joining, quoting and query strings, as CPython 3.11 does them.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          urlencode, quote, quote_plus, unquote, unquote_plus, parse_qs,
                          parse_qsl)

u = urlparse("http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password)
print(u.geturl())
s = urlsplit("https://[::1]:443/x?y#z")
print(s, s.hostname, s.port)
print(urlsplit("mailto:someone@example.com"))
print(urlsplit("//host/path"), urlsplit("/just/a/path?q"))
print(urlunparse(("http", "h", "/p", "", "a=1", "")), urlunsplit(("http", "h", "p", "", "f")))
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..",
            "../../g", "../../../g", ".", "./", "g;x", "", "http://other/x", "g/../h", "./g/."]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://x/dir/", "sub/page.html"), urljoin("http://x", "p"))
print(urldefrag("http://h/p#sec"), urldefrag("http://h/p"))
print(urlencode({"a": 1, "b": "two words", "c": "ä&="}))
print(urlencode([("k", [1, 2]), ("z", "")], doseq=True), urlencode({"k": [1, 2]}))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c/d"), quote(b"\x00\xff"))
print(unquote("a%20b%2Fc%C3%A9%zz%"), unquote_plus("a+b%2B"), unquote("%E9", "latin-1"))
print(parse_qs("a=1&a=2&b=&c=x+y%21"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("x=1;y=2", separator=";"), parse_qsl("&&a=b&"))
try:
    urlparse("http://[::1/").hostname
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:port/").port
except ValueError as e:
    print("ValueError", e)
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)

# expect: ParseResult(scheme='http', netloc='user:pw@Example.COM:8080', path='/a/b', params='p', query='q=1&r=2', fragment='frag')
# expect: http user:pw@Example.COM:8080 example.com 8080 user pw
# expect: http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag
# expect: SplitResult(scheme='https', netloc='[::1]:443', path='/x', query='y', fragment='z') ::1 443
# expect: SplitResult(scheme='mailto', netloc='', path='someone@example.com', query='', fragment='')
# expect: SplitResult(scheme='', netloc='host', path='/path', query='', fragment='') SplitResult(scheme='', netloc='', path='/just/a/path', query='q', fragment='')
# expect: http://h/p?a=1 http://h/p#f
# expect: 'g' http://a/b/c/g
# expect: './g' http://a/b/c/g
# expect: 'g/' http://a/b/c/g/
# expect: '/g' http://a/g
# expect: '//g' http://g
# expect: '?y' http://a/b/c/d;p?y
# expect: 'g?y' http://a/b/c/g?y
# expect: '#s' http://a/b/c/d;p?q#s
# expect: 'g#s' http://a/b/c/g#s
# expect: '..' http://a/b/
# expect: '../g' http://a/b/g
# expect: '../..' http://a/
# expect: '../../g' http://a/g
# expect: '../../../g' http://a/g
# expect: '.' http://a/b/c/
# expect: './' http://a/b/c/
# expect: 'g;x' http://a/b/c/g;x
# expect: '' http://a/b/c/d;p?q
# expect: 'http://other/x' http://other/x
# expect: 'g/../h' http://a/b/c/h
# expect: './g/.' http://a/b/c/g/
# expect: http://x/dir/sub/page.html http://x/p
# expect: DefragResult(url='http://h/p', fragment='sec') DefragResult(url='http://h/p', fragment='')
# expect: a=1&b=two+words&c=%C3%A4%26%3D
# expect: k=1&k=2&z= k=%5B1%2C+2%5D
# expect: a%20b/c%3Fd%3D%C3%A9 a%20b%2Fc a+b%26c%2Fd %00%FF
# expect: a b/cé%zz% a b+ é
# expect: {'a': ['1', '2'], 'c': ['x y!']} {'a': ['1'], 'b': ['']}
# expect: [('x', '1'), ('y', '2')] [('a', 'b')]
# expect: ValueError Invalid IPv6 URL
# expect: ValueError Port could not be cast to integer value as 'port'
# expect: TypeError not a valid non-string sequence or mapping object
