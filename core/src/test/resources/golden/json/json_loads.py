# json.loads: values, hooks, and JSONDecodeError with CPython's exact messages.
import json

v = json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}}')
print(v["a"], v["b"]["c"] == "d\n\u00e9\U0001F600", len(v["b"]))
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"x"'), json.loads("12345678901234567890123"))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads("[Infinity]"), json.loads("-0"), json.loads("1E+2"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"bytes": "\xc3\xa9"}'), repr(json.loads('"\\/\\b\\f\\r\\t"')))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=lambda p: p))
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[NaN, Infinity]", parse_constant=lambda s: s.lower()))
print(json.loads('"\ud800"' if False else '"\\ud800x"') == "\ud800x")
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.JSONDecoder().raw_decode("[1] [2]", 4))
print(json.loads('"a\tb"', strict=False))
doc = {"x": [1, 2, {"y": "z"}], "w": 1.25}
print(json.loads(json.dumps(doc)) == doc, json.loads(json.dumps(doc, indent=4)) == doc)

for s in ["", " ", "[1,]", '{"a" 1}', '{"a":1,}', "{a:1}", "[1 2]", '"abc', '"a\\x"', '"\\u12"',
          '"a\nb"', "1 2", "nul", "[", "{", '{"a":', "-", "1.", "01", "\ufeff1", "[1,2", '{"a":1',
          "tru", "1e", "[1,\n  2,\n  x]"]:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError))
for bad in [3, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("ValueError:", e)
json.loads("")

	

	

# expect: [1, 2.5, -300.0, True, False, None] True 1
# expect: [] {} x 12345678901234567890123
# expect: nan -inf [inf] 0 100.0
# expect: {'a': 2} {'bytes': 'é'} '/\x08\x0c\r\t'
# expect: [('a', [('b', 1)])]
# expect: [('a', 1), ('b', [[('c', 2)]])]
# expect: ['F1.5', 'I2']
# expect: ['nan', 'infinity']
# expect: True
# expect: ({'a': 1}, 8) ([2], 7)
# expect: a	b
# expect: True True
# expect: '' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: ' ' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# expect: '[1,]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
# expect: '{"a" 1}' | Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6 True
# expect: '{"a":1,}' | Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8 True
# expect: '{a:1}' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: '[1 2]' | Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4 True
# expect: '"abc' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# expect: '"a\\x"' | Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3 True
# expect: '"\\u12"' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# expect: '"a\nb"' | Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3 True
# expect: '1 2' | Extra data: line 1 column 3 (char 2) | Extra data 2 1 3 True
# expect: 'nul' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '[' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# expect: '{' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: '{"a":' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
# expect: '-' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '1.' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '01' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '\ufeff1' | Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | Unexpected UTF-8 BOM (decode using utf-8-sig) 0 1 1 True
# expect: '[1,2' | Expecting ',' delimiter: line 1 column 5 (char 4) | Expecting ',' delimiter 4 1 5 True
# expect: '{"a":1' | Expecting ',' delimiter: line 1 column 7 (char 6) | Expecting ',' delimiter 6 1 7 True
# expect: 'tru' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '1e' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '[1,\n  2,\n  x]' | Expecting value: line 3 column 3 (char 11) | Expecting value 11 3 3 True
# expect: True
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: the JSON object must be str, bytes or bytearray, not NoneType
# expect: the JSON object must be str, bytes or bytearray, not list
# expect: ValueError: Expecting value: line 1 column 8 (char 7)
# expect error: json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
