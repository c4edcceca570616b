tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: -"x",
    lambda: len(5),
    lambda: None[0],
    lambda: 3[0],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate list (not "tuple") to list
# expect: can't multiply sequence by non-int of type 'str'
# expect: bad operand type for unary -: 'str'
# expect: object of type 'int' has no len()
# expect: 'NoneType' object is not subscriptable
# expect: 'int' object is not subscriptable
x = {} - {}
# expect error: TypeError: unsupported operand type(s) for -: 'dict' and 'dict'
