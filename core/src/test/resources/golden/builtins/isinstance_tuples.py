class A:
    pass
class B(A):
    pass
print(isinstance(3, int), isinstance(3, (str, float)), isinstance(3, (str, int)))  # expect: True False True
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)))  # expect: True False True
print(isinstance(True, int), isinstance(1.0, int), isinstance("s", str))  # expect: True False True
print(isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(A, type))  # expect: True True True
print(isinstance(3, ((str, bytes), (dict, int))))  # expect: True
print(isinstance(False, (str, int)), isinstance(B(), (str, (float, A))))  # expect: True True
