# json.dumps: CPython's separators, indentation, key order, escapes, floats and errors.
import json

doc = {"name": "gilvm", "version": 3.11, "tags": ["jvm", "gil"], "ok": True, "none": None,
       "nested": {"b": [1, 2, {"c": []}], "a": {}}, "n": -12345678901234567890}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc["nested"], indent="\t"))
print(json.dumps([1, [2, []]], indent=0))
print(json.dumps(doc["tags"], separators=(",", ":")), json.dumps({"a": 1}, separators=(";", "=")))
print(json.dumps("é\u2028\n\"\\\t\x00\x7f\U0001F600/"))
print(json.dumps("é\u2028\n\x7f\U0001F600", ensure_ascii=False) == '"é\u2028\\n\x7f\U0001F600"')
print(json.dumps([1e100, 1.0, -0.0, 1e-7, 0.1, 123456789.0, 1e16, 2.5e-300]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: "int", 2.5: "float", False: "bool", None: "none", "s": "str"}))
print(json.dumps((1, 2)), json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(10 ** 25))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps([Point(1, 2), Point(3, Point(4, 5))], default=encode_point))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(1, 2)}, cls=PointEncoder), PointEncoder(indent=1).encode([Point(0, 0)]))
print("".join(json.JSONEncoder().iterencode({"a": [1]})))

for bad in [lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps([set()]),
            lambda: json.dumps([Point(1, 1)], cls=PointEncoder, default=None) and json.dumps(Point(1, 1))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.dumps([a[0] is a, [1, [2]]][1:]), json.dumps([[1]] * 2))

# expect: {"name": "gilvm", "version": 3.11, "tags": ["jvm", "gil"], "ok": true, "none": null, "nested": {"b": [1, 2, {"c": []}], "a": {}}, "n": -12345678901234567890}
# expect: {"n": -12345678901234567890, "name": "gilvm", "nested": {"a": {}, "b": [1, 2, {"c": []}]}, "none": null, "ok": true, "tags": ["jvm", "gil"], "version": 3.11}
# expect: {
# expect:   "n": -12345678901234567890,
# expect:   "name": "gilvm",
# expect:   "nested": {
# expect:     "a": {},
# expect:     "b": [
# expect:       1,
# expect:       2,
# expect:       {
# expect:         "c": []
# expect:       }
# expect:     ]
# expect:   },
# expect:   "none": null,
# expect:   "ok": true,
# expect:   "tags": [
# expect:     "jvm",
# expect:     "gil"
# expect:   ],
# expect:   "version": 3.11
# expect: }
# expect: {
# expect: 	"b": [
# expect: 		1,
# expect: 		2,
# expect: 		{
# expect: 			"c": []
# expect: 		}
# expect: 	],
# expect: 	"a": {}
# expect: }
# expect: [
# expect: 1,
# expect: [
# expect: 2,
# expect: []
# expect: ]
# expect: ]
# expect: ["jvm","gil"] {"a"=1}
# expect: "\u00e9\u2028\n\"\\\t\u0000\u007f\ud83d\ude00/"
# expect: True
# expect: [1e+100, 1.0, -0.0, 1e-07, 0.1, 123456789.0, 1e+16, 2.5e-300]
# expect: [Infinity, -Infinity, NaN]
# expect: {"1": "int", "2.5": "float", "false": "bool", "null": "none", "s": "str"}
# expect: [1, 2] true null "x" 10000000000000000000000000
# expect: {
# expect:  "a": 2,
# expect:  "b": 1,
# expect:  "c": {
# expect:   "y": 2,
# expect:   "z": 1
# expect:  }
# expect: }
# expect: {"a": 2}
# expect: [{"x": 1, "y": 2}, {"x": 3, "y": {"x": 4, "y": 5}}]
# expect: {"p": [1, 2]} [
# expect:  [
# expect:   0,
# expect:   0
# expect:  ]
# expect: ]
# expect: {"a": [1]}
# expect: TypeError Object of type object is not JSON serializable
# expect: TypeError keys must be str, int, float, bool or None, not tuple
# expect: ValueError Out of range float values are not JSON compliant
# expect: TypeError Object of type set is not JSON serializable
# expect: TypeError Object of type Point is not JSON serializable
# expect: Circular reference detected
# expect: Circular reference detected
# expect: [[1, [2]]] [[1], [1]]
