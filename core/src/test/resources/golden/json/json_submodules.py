# json.decoder and json.encoder are submodules, as in CPython.
from json.decoder import JSONDecodeError
import json.decoder
import json.encoder
import json
print(JSONDecodeError is json.JSONDecodeError, json.decoder.JSONDecoder is json.JSONDecoder)
print(JSONDecodeError.__module__, json.JSONDecoder.__module__, json.JSONEncoder.__module__)
d = json.decoder.JSONDecoder()
print(d.decode('{"a": [1, 2.5]}'))
print(d.raw_decode('[1] xx'))
try:
    json.loads("{bad")
except JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
    print(e)
print(json.encoder.JSONEncoder(sort_keys=True).encode({"b": 1, "a": None}))
# expect: True True
# expect: json.decoder json.decoder json.encoder
# expect: {'a': [1, 2.5]}
# expect: ([1], 3)
# expect: Expecting property name enclosed in double quotes 1 1 2 '{bad'
# expect: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: {"a": null, "b": 1}
