# compile() with __future__ flags, inheriting the caller's, dont_inherit, unknown flags.
import __future__
code = compile("def f(x: undefined_name) -> int: pass\nprint(f.__annotations__)", "<s>", "exec", __future__.annotations.compiler_flag)
exec(code)
print(__future__.annotations.compiler_flag, hex(__future__.annotations.compiler_flag))
code = compile("def g(x: int): pass\nprint(g.__annotations__)", "<s>", "exec")
exec(code)
outer = "from __future__ import annotations\nc2 = compile('def h(y: missing): pass\\nprint(h.__annotations__)', '<s>', 'exec')\nexec(c2)\nc3 = compile('def h(y: int): pass\\nprint(h.__annotations__)', '<s>', 'exec', dont_inherit=True)\nexec(c3)\n"
exec(compile(outer, "<outer>", "exec"))
try:
    compile("x=1", "<s>", "exec", 0x1)
except ValueError as e:
    print("ValueError:", e)
# expect: {'x': 'undefined_name', 'return': 'int'}
# expect: 16777216 0x1000000
# expect: {'x': <class 'int'>}
# expect: {'y': 'missing'}
# expect: {'y': <class 'int'>}
# expect: ValueError: compile(): unrecognised flags
