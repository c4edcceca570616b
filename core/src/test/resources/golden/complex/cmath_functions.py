# cmath: square roots, exponentials, logarithms, polar form and trigonometry of complex numbers.
import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2j), cmath.sqrt(-4+0j), cmath.sqrt(3+4j))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.exp(1+1j))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1+1j), cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2))
print(cmath.log(1j), cmath.log(-1), cmath.log(8, 2), cmath.log10(100), cmath.log(1+1j))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12), cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.sin(1j), cmath.cos(0), cmath.sinh(1), cmath.cosh(1j), abs(cmath.tan(1+1j) - (0.2717525853195118+1.0839233273386946j)) < 1e-15)
roots = [cmath.rect(1, 2 * cmath.pi * k / 3) for k in range(3)]
print([complex(round(r.real, 9), round(r.imag, 9)) for r in roots])
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)

# Output of CPython 3.11:
# expect: 1j (2+0j) (1+1j) 2j (2+1j)
# expect: (-1+1.2246467991473532e-16j) (1+0j) (1.4686939399158851+2.2873552871788423j)
# expect: 3.141592653589793 1.5707963267948966 (1.4142135623730951, 0.7853981633974483) (2+0j) (6.123233995736766e-17+1j)
# expect: 1.5707963267948966j 3.141592653589793j (3+0j) (2+0j) (0.34657359027997264+0.7853981633974483j)
# expect: True True True True
# expect: 1.1752011936438014j (1-0j) (1.1752011936438014+0j) (0.5403023058681398+0j) True
# expect: [(1+0j), (-0.5+0.866025404j), (-0.5-0.866025404j)]
# expect: ValueError math domain error
