import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name}, {self.children})"


class Config:
    def __init__(self, values):
        self.values = values
        self.copies = 0

    def __copy__(self):
        new = Config(self.values)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.values, memo))
        new.copies = self.copies + 100
        return new


original = {"name": "grid", "rows": [[1, 2], [3, 4]], "meta": {"tags": ["a", "b"]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["rows"][0][0] = 99
shallow["name"] = "changed"
deep["meta"]["tags"].append("c")
print("original:", original)
print("shallow: ", shallow)
print("deep:    ", deep)
print(original["rows"] is shallow["rows"], original["rows"] is deep["rows"])

alias = original["rows"]
alias.append([5, 6])
print(len(original["rows"]), len(shallow["rows"]), len(deep["rows"]))
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print("aliased rows:", grid_bad)
print("independent rows:", grid_good)

tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
clone = copy.deepcopy(tree)
clone.children[0].name = "A"
print(tree)
print(clone)
print(clone.children[0].parent is clone, clone.children[0].parent is tree)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, cc[:2])
cfg = Config({"x": [1]})
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print(c1.copies, c1.values is cfg.values, c2.copies, c2.values is cfg.values, c2.values == cfg.values)
t = (1, [2, 3])
t2 = copy.deepcopy(t)
t2[1].append(4)
print(t, t2, copy.copy(t) is t)
nums = [3, 1, 2]
s1 = nums[:]
s2 = list(nums)
s3 = nums.copy()
s1.sort(); s2.append(9)
print(nums, s1, s2, s3)
d = {"k": [1]}
d2 = dict(d)
d2["k"].append(2)
d3 = {k: v[:] for k, v in d.items()}
d3["k"].append(3)
print(d, d2, d3)
