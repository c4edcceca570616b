# dict(m) and d.update(m) for a mapping that is not a dict (anything with keys() and
# __getitem__, such as os.environ) copy every item and leave nothing behind: the checked modes'
# leak report counts the keys view, its iterator, and the keys and values made for the copy.
import os


class Mapping:
    def __init__(self):
        self.data = {'a': [1], 'b': [2, 2], 'c': [3, 3, 3]}

    def keys(self):
        return self.data.keys()

    def __getitem__(self, key):
        return self.data[key]


class Fresh:
    """keys() returns a new list and __getitem__ makes a new value each time."""

    def keys(self):
        return [str(i) for i in range(3)]

    def __getitem__(self, key):
        return [key] * 2


env = dict(os.environ)
print(type(env).__name__, env == {k: os.environ[k] for k in os.environ})
d = dict(Mapping())
print(sorted(d.items()))
d = dict(Fresh())
print(d)
d.update(Fresh())
d.update(Mapping(), z=0)
print(len(d), d['a'], d['z'])
d = dict([('x', [1]), ['y', (2,)]])
print(d)


class Broken:
    def keys(self):
        return ['ok', 'missing']

    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return [key]


try:
    dict(Broken())
except KeyError as e:
    print('KeyError', e)

# expect: dict True
# expect: [('a', [1]), ('b', [2, 2]), ('c', [3, 3, 3])]
# expect: {'0': ['0', '0'], '1': ['1', '1'], '2': ['2', '2']}
# expect: 7 [1] 0
# expect: {'x': [1], 'y': (2,)}
# expect: KeyError 'missing'
