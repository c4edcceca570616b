d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))  # expect: ['zeta', 'alpha', 'mid', 'beta']
d["alpha"] = 0
print(list(d))  # expect: ['zeta', 'alpha', 'mid', 'beta']
del d["zeta"]
d["zeta"] = 9
print(list(d.items()))  # expect: [('alpha', 0), ('mid', 3), ('beta', 4), ('zeta', 9)]
nums = {3: "c", 1: "a", 2: "b"}
print(nums, sorted(nums))  # expect: {3: 'c', 1: 'a', 2: 'b'} [1, 2, 3]
