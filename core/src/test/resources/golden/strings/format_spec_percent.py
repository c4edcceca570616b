p = 0.4567
print(f"{p:.1%}")  # expect: 45.7%
print(f"{p:.0%} {1:.0%} {0.5:%}")  # expect: 46% 100% 50.000000%
print(f"{0.12345:.2%}")  # expect: 12.35%
done, total = 3, 8
print(f"progress {done / total:.1%}")  # expect: progress 37.5%
