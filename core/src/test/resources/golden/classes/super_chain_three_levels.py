class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(B):
    def who(self):
        return ["C"] + super().who()

print(C().who())  # expect: ['C', 'B', 'A']
print(B().who())  # expect: ['B', 'A']

class D(C):
    pass

print(D().who())  # expect: ['C', 'B', 'A']
