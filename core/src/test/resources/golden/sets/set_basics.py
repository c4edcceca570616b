s = {3, 1, 2, 3, 1}
print(len(s), sorted(s))  # expect: 3 [1, 2, 3]
print(2 in s, 5 in s, 5 not in s)  # expect: True False True
print(set(), {1}, set("aa"), set([]))  # expect: set() {1} {'a'} set()
print(sorted(set("hello")), len(set(range(100))))  # expect: ['e', 'h', 'l', 'o'] 100
print({1, 2} == {2, 1}, {1, 2} != {1}, {1, 1.0, True})  # expect: True True {1}
