import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)  # expect: True False
print(math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))  # expect: False True
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))  # expect: False True
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))  # expect: True False
