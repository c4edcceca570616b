import numbers
print(isinstance(3, numbers.Integral), isinstance(3, numbers.Number), isinstance(3.0, numbers.Rational), isinstance(3.0, numbers.Real), isinstance(1j, numbers.Real), isinstance(True, numbers.Integral), isinstance("x", numbers.Number))
class N(numbers.Number): pass
print(isinstance(N(), numbers.Number), isinstance(N(), numbers.Complex))
try:
    numbers.Real()
except TypeError as e: print(e)

# CPython 3.11's output:
# expect: True True False True False True False
# expect: True False
# expect: Can't instantiate abstract class Real with abstract methods __abs__, __add__, __ceil__, __eq__, __float__, __floor__, __floordiv__, __le__, __lt__, __mod__, __mul__, __neg__, __pos__, __pow__, __radd__, __rfloordiv__, __rmod__, __rmul__, __round__, __rpow__, __rtruediv__, __truediv__, __trunc__
