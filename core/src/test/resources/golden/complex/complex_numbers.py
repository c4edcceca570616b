# complex: literals, arithmetic with int and float, repr, hash, the constructor and its errors.
z = 1 + 2j
print(z, type(z), z.real, z.imag, z.conjugate(), abs(3+4j))
print(1j, -1j, 2.5j, 0j, -0j, 1e300j * 1e300, complex(0, float('nan')))
print(repr(-(0j)), (-1+0j), complex(1.5, -0.0), complex(-0.0, 1))
print(z + 1, z - 1.5, z * z, z / 2, 1 / z, z ** 2, z ** 0.5, 2 ** z, z ** -1, 1j ** 2)
print((1+2j) == (1+2j), 1 + 0j == 1, 1.0 == 1 + 0j, 1j != 1, hash(1 + 0j) == hash(1), hash(1+2j), hash(2j))
print(complex(), complex(2), complex(2.5, 3), complex('1+2j'), complex(' (3-4.5j) '), complex('j'), complex('-j'), complex('1e3'), complex('2.5e-3j'), complex(1+1j, 1+1j))
print(bool(0j), bool(1j), -z, +z, (-8) ** (1/3), (-1) ** 0.5)
for expr in ["1j//2", "1j%2", "1j < 2j", "1/0j", "complex('x')", "complex('1', 2)", "complex([])", "0j ** -1", "int(1j)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 5j
print(complex(C()), {1j: 'a'}[1j], [1j, 2j].index(2j), sum([1j, 2, 3.5]))
print(f"{z}", str(z), "%s" % z, format(z), z.__complex__())

# Output of CPython 3.11:
# expect: (1+2j) <class 'complex'> 1.0 2.0 (1-2j) 5.0
# expect: 1j (-0-1j) 2.5j 0j (-0-0j) infj nanj
# expect: (-0-0j) (-1+0j) (1.5-0j) (-0+1j)
# expect: (2+2j) (-0.5+2j) (-3+4j) (0.5+1j) (0.2-0.4j) (-3+4j) (1.272019649514069+0.7861513777574233j) (0.36691394948660344+1.9660554808224875j) (0.2-0.4j) (-1+0j)
# expect: True True True True True 2000007 2000006
# expect: 0j (2+0j) (2.5+3j) (1+2j) (3-4.5j) 1j -1j (1000+0j) 0.0025j 2j
# expect: False True (-1-2j) (1+2j) (1.0000000000000002+1.7320508075688772j) (6.123233995736766e-17+1j)
# expect: TypeError unsupported operand type(s) for //: 'complex' and 'int'
# expect: TypeError unsupported operand type(s) for %: 'complex' and 'int'
# expect: TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: ZeroDivisionError complex division by zero
# expect: ValueError complex() arg is a malformed string
# expect: TypeError complex() can't take second arg if first is a string
# expect: TypeError complex() first argument must be a string or a number, not 'list'
# expect: ZeroDivisionError 0.0 to a negative or complex power
# expect: TypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: 5j a 1 (5.5+1j)
# expect: (1+2j) (1+2j) (1+2j) (1+2j) (1+2j)
