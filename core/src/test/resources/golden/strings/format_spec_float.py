x = 3.14159265
print(f"{x:.3f}")  # expect: 3.142
print(f"{x:.0f} {2.5:.0f} {3.5:.0f}")  # expect: 3 2 4
print(f"{x:08.2f}")  # expect: 00003.14
print(f"{-x:08.2f}")  # expect: -0003.14
print(f"{x:10.4f}|")  # expect:     3.1416|
print(f"{x:+.2f} {1.0:+.1f}")  # expect: +3.14 +1.0
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{0.000123:.2e} {12345.678:e}")  # expect: 1.23e-04 1.234568e+04
print(f"{x:g} {1e20:g} {0.00001:g}")  # expect: 3.14159 1e+20 1e-05
print(f"{7:.2f} {2.675:.2f}")  # expect: 7.00 2.67
