import math

print(math.pi)  # expect: 3.141592653589793
print(math.e)  # expect: 2.718281828459045
print(math.inf, -math.inf, math.inf > 1e308)  # expect: inf -inf True
print(f"{math.pi:.4f} {math.e:.2f}")  # expect: 3.1416 2.72
print(math.isinf(math.inf), math.isnan(math.inf - math.inf), math.isnan(1.0))  # expect: True True False
