# The span of a syntax error (offset to end_offset), from which CPython draws a range of carets
# under the offending code: the whole invalid target, call or statement, not only its start.
import traceback

cases = [
    'print "x"',
    'exec "x"',
    'f() = 1',
    'x + 1 = 2',
    'del f()',
    '(a, b) += 1',
    'f(x for x in y, 1)',
    '1 = x',
    'a, f() = 1, 2',
    '[x for x in y] = 1',
    'True = 1',
    'None = 3',
    'x = yield = 1',
    'for f() in y: pass',
    'with a as f(): pass',
    'x = 1 if 2',
    'print(1) = 2',
    '(x for x in y) = 1',
    'f(**x, *y)',
    'def f(a=1, b): pass',
    'f(a=1, 2)',
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
        print("".join(traceback.format_exception_only(type(e), e)).rstrip("\n").split("\n")[-2])

# Output of CPython 3.11:
# expect: 'print "x"' Missing parentheses in call to 'print'. Did you mean print(...)? (1, 1, 1, 10)
# expect:     ^^^^^^^^^
# expect: 'exec "x"' Missing parentheses in call to 'exec'. Did you mean exec(...)? (1, 1, 1, 9)
# expect:     ^^^^^^^^
# expect: 'f() = 1' cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 4)
# expect:     ^^^
# expect: 'x + 1 = 2' cannot assign to expression here. Maybe you meant '==' instead of '='? (1, 1, 1, 6)
# expect:     ^^^^^
# expect: 'del f()' cannot delete function call (1, 5, 1, 8)
# expect:         ^^^
# expect: '(a, b) += 1' 'tuple' is an illegal expression for augmented assignment (1, 1, 1, 7)
# expect:     ^^^^^^
# expect: 'f(x for x in y, 1)' Generator expression must be parenthesized (1, 3, 1, 15)
# expect:       ^^^^^^^^^^^^
# expect: '1 = x' cannot assign to literal here. Maybe you meant '==' instead of '='? (1, 1, 1, 2)
# expect:     ^
# expect: 'a, f() = 1, 2' cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 4, 1, 7)
# expect:        ^^^
# expect: '[x for x in y] = 1' cannot assign to list comprehension here. Maybe you meant '==' instead of '='? (1, 1, 1, 15)
# expect:     ^^^^^^^^^^^^^^
# expect: 'True = 1' cannot assign to True (1, 1, 1, 5)
# expect:     ^^^^
# expect: 'None = 3' cannot assign to None (1, 1, 1, 5)
# expect:     ^^^^
# expect: 'x = yield = 1' assignment to yield expression not possible (1, 5, 1, 10)
# expect:         ^^^^^
# expect: 'for f() in y: pass' cannot assign to function call (1, 5, 1, 8)
# expect:         ^^^
# expect: 'with a as f(): pass' cannot assign to function call (1, 11, 1, 14)
# expect:               ^^^
# expect: 'x = 1 if 2' expected 'else' after 'if' expression (1, 5, 1, 11)
# expect:         ^^^^^^
# expect: 'print(1) = 2' cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 9)
# expect:     ^^^^^^^^
# expect: '(x for x in y) = 1' cannot assign to generator expression (1, 1, 1, 15)
# expect:     ^^^^^^^^^^^^^^
# expect: 'f(**x, *y)' iterable argument unpacking follows keyword argument unpacking (1, 8, 1, 9)
# expect:            ^
# expect: 'def f(a=1, b): pass' non-default argument follows default argument (1, 12, 1, 13)
# expect:                ^
# expect: 'f(a=1, 2)' positional argument follows keyword argument (1, 9, 1, 10)
# expect:             ^
