# pprint: pformat and pprint wrapping dicts, lists, tuples, sets and long strings at a width,
# sorted keys, compact mode, depth, saferepr and isreadable.
import pprint
data = {"name": "gilvm", "numbers": list(range(30)), "nested": {"z": [1, 2, {"deep": ["a" * 20, "b" * 30, "c" * 40]}], "a": (1, 2, 3)}, "set": {3, 1, 2}, "empty": {}, "t": (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, compact=True)
pprint.pprint(list(range(10)))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat({"k": "word " * 30}))
pprint.pprint([["x" * 30, "y" * 30], ["z" * 30]], width=50)
pprint.pprint(data, depth=1)
pprint.pprint({"x": 1, 2: "mixed"})
print(pprint.saferepr([1, {"a": 2}]), pprint.isreadable([1, 2]), pprint.isreadable(object()))

# expect: {'empty': {},
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': (1, 2, 3),
# expect:             'z': [1,
# expect:                   2,
# expect:                   {'deep': ['aaaaaaaaaaaaaaaaaaaa',
# expect:                             'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
# expect:                             'cccccccccccccccccccccccccccccccccccccccc']}]},
# expect:  'numbers': [0,
# expect:              1,
# expect:              2,
# expect:              3,
# expect:              4,
# expect:              5,
# expect:              6,
# expect:              7,
# expect:              8,
# expect:              9,
# expect:              10,
# expect:              11,
# expect:              12,
# expect:              13,
# expect:              14,
# expect:              15,
# expect:              16,
# expect:              17,
# expect:              18,
# expect:              19,
# expect:              20,
# expect:              21,
# expect:              22,
# expect:              23,
# expect:              24,
# expect:              25,
# expect:              26,
# expect:              27,
# expect:              28,
# expect:              29],
# expect:  'set': {1, 2, 3},
# expect:  't': (1,)}
# expect: {'empty': {},
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': (1, 2, 3),
# expect:             'z': [1,
# expect:                   2,
# expect:                   {'deep': ['aaaaaaaaaaaaaaaaaaaa',
# expect:                             'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
# expect:                             'cccccccccccccccccccccccccccccccccccccccc']}]},
# expect:  'numbers': [0,
# expect:              1,
# expect:              2,
# expect:              3,
# expect:              4,
# expect:              5,
# expect:              6,
# expect:              7,
# expect:              8,
# expect:              9,
# expect:              10,
# expect:              11,
# expect:              12,
# expect:              13,
# expect:              14,
# expect:              15,
# expect:              16,
# expect:              17,
# expect:              18,
# expect:              19,
# expect:              20,
# expect:              21,
# expect:              22,
# expect:              23,
# expect:              24,
# expect:              25,
# expect:              26,
# expect:              27,
# expect:              28,
# expect:              29],
# expect:  'set': {1, 2, 3},
# expect:  't': (1,)}
# expect: {'empty': {},
# expect:  'name': 'gilvm',
# expect:  'nested': {'a': (1, 2, 3),
# expect:             'z': [1, 2,
# expect:                   {'deep': ['aaaaaaaaaaaaaaaaaaaa',
# expect:                             'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
# expect:                             'cccccccccccccccccccccccccccccccccccccccc']}]},
# expect:  'numbers': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
# expect:              19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
# expect:  'set': {1, 2, 3},
# expect:  't': (1,)}
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: {'b': 1, 'a': 2}
# expect: {'k': 'word word word word word word word word word word word word word word '
# expect:       'word word word word word word word word word word word word word word '
# expect:       'word word '}
# expect: [['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
# expect:   'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'],
# expect:  ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']]
# expect: {'empty': {},
# expect:  'name': 'gilvm',
# expect:  'nested': {...},
# expect:  'numbers': [...],
# expect:  'set': {1, 2, 3},
# expect:  't': (...,)}
# expect: {2: 'mixed', 'x': 1}
# expect: [1, {'a': 2}] True False
