print("before")  # expect: before
class K:
    print("in body")  # expect: in body
    a = 1
    b = a + 1
    def m(self):
        return self.b
print("after")  # expect: after
print(K.a, K.b, K().m())  # expect: 1 2 2
print(K.__name__)  # expect: K
