# with_traceback, add_note/__notes__, and BaseException.__str__ reached through super().
import sys
def inner():
    raise ValueError("deep")
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    saved = e
print(tb.tb_lineno, tb.tb_next.tb_lineno)
fresh = KeyError("k")
print(fresh.with_traceback(tb) is fresh, fresh.__traceback__.tb_next.tb_lineno)
print(fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
e2 = RuntimeError("r")
e2.add_note("first")
e2.add_note("second")
print(e2.__notes__)
class Loud(Exception):
    def __str__(self):
        return "loud: " + super().__str__()
print(str(Loud("x", )), repr(Loud("y")), BaseException.__str__(Loud("z")))
# expect: 6 4
# expect: True 4
# expect: None
# expect: TypeError: __traceback__ must be a traceback or None
# expect: ['first', 'second']
# expect: loud: x Loud('y') z
