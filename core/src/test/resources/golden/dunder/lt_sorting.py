class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9"), Ver("1.2.1")]
print(sorted(vs))  # expect: [v0.9.9, v1.2, v1.2.1, v1.10]
print(max(vs), min(vs))  # expect: v1.10 v0.9.9
print(Ver("2") < Ver("10"), Ver("2") > Ver("10"))  # expect: True False
vs.sort(reverse=True)
print(vs)  # expect: [v1.10, v1.2.1, v1.2, v0.9.9]
