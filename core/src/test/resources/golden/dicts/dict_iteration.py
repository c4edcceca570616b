d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
# expect: one 1
# expect: two 2
# expect: three 3
for key, value in d.items():
    if value > 1:
        print(f"{key}->{value}")
# expect: two->2
# expect: three->3
print(sum(d.values()), max(d, key=d.get), sorted(d, key=len))  # expect: 6 three ['one', 'two', 'three']
