class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(P(1) == P(1), P(1) == P(2))  # expect: True False
try:
    {P(1)}
except TypeError as e:
    print(e)  # expect: unhashable type: 'P'
try:
    {[1]: 2}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
