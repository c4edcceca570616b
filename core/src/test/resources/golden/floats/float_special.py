import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)  # expect: inf -inf nan
print(inf > 10 ** 300, -inf < -1e308, inf == inf, inf - inf)  # expect: True True True nan
print(nan == nan, nan != nan, nan < 1, nan > 1)  # expect: False True False False
print(math.isnan(nan), math.isinf(-inf), math.isnan(inf), math.isinf(1e308))  # expect: True True False False
print(inf * 0, inf + 1, 1 / inf, -1 / inf)  # expect: nan inf 0.0 -0.0
print(float("nan") in [nan], nan in [nan])  # expect: False True
print(max(1.0, inf), min(-inf, 0), math.inf == inf)  # expect: inf -inf True
