# A reflected method is tried only when the right operand's type differs from the left's.
class A:
    def __radd__(s, o): return "radd"
    def __mul__(s, o): return NotImplemented
    def __rmul__(s, o): return "rmul"
for f in (lambda: A() + A(), lambda: A() * A(), lambda: 2 * A(), lambda: A() * 2):
    try: print(f())
    except TypeError as e: print("TypeError:", e)
class B(A):
    def __rmul__(s, o): return "B.rmul"
print(A() * B(), B() * A())
# expect: TypeError: unsupported operand type(s) for +: 'A' and 'A'
# expect: TypeError: unsupported operand type(s) for *: 'A' and 'A'
# expect: rmul
# expect: TypeError: unsupported operand type(s) for *: 'A' and 'int'
# expect: B.rmul rmul
