d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k)  # expect: dict_keys(['x', 'y'])
print(v)  # expect: dict_values([1, 2])
print(it)  # expect: dict_items([('x', 1), ('y', 2)])
d["z"] = 3
print(k, len(v))  # expect: dict_keys(['x', 'y', 'z']) 3
print(list(v), "z" in k, 3 in v, ("z", 3) in it)  # expect: [1, 2, 3] True True True
print(sorted(k, reverse=True), {}.keys())  # expect: ['z', 'y', 'x'] dict_keys([])
