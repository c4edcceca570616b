# Decimal arithmetic in the default context: 20,000 rounds of add, multiply, divide, quantize
# and comparison, as money code does.
from decimal import Decimal, ROUND_HALF_EVEN

def run(n):
    total = Decimal("0")
    rate = Decimal("1.0725")
    cent = Decimal("0.01")
    big = 0
    for i in range(n):
        price = Decimal(i % 997) / Decimal(7) + Decimal("0.5")
        taxed = (price * rate).quantize(cent, rounding=ROUND_HALF_EVEN)
        total += taxed
        if taxed > Decimal("50"):
            big += 1
        total -= Decimal("0.001") * (i % 3)
    return total, big

print(run(20000))
