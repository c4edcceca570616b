for s in ["12", " 34 ", "-5", "0x10", "1_000", "abc", "", "3.0"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "->", e)
# expect: '12' 12
# expect: ' 34 ' 34
# expect: '-5' -5
# expect: '0x10' -> invalid literal for int() with base 10: '0x10'
# expect: '1_000' 1000
# expect: 'abc' -> invalid literal for int() with base 10: 'abc'
# expect: '' -> invalid literal for int() with base 10: ''
# expect: '3.0' -> invalid literal for int() with base 10: '3.0'
float("x.y")
# expect error: ValueError: could not convert string to float: 'x.y'
