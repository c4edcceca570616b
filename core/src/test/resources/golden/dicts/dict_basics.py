d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d))  # expect: {'a': 10, 'b': 2, 'c': 3} 3
print(d["b"], "a" in d, "z" in d, "z" not in d)  # expect: 2 True False True
print({}, {1: [2]}, {(1, 2): None})  # expect: {} {1: [2]} {(1, 2): None}
print({1: "int", 1.0: "float"}, {"x": 1} == {"x": 1.0})  # expect: {1: 'float'} True
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: True
