d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
d2 = {"a": 1, "b": 2, "c": 3}
for k in list(d2):
    if d2[k] % 2:
        del d2[k]
print(d2)  # expect: {'b': 2}
for k in d2:
    d2[k] = 100
print(d2)  # expect: {'b': 100}
