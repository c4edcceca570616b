# exec, eval and compile: namespaces by default and given, modes, and the errors they raise.
print(eval("  1 + 1\n\n"))
for src in ["x = 1", "1; 2", ""]:
    try: eval(src)
    except SyntaxError as e: print(e)
try: compile("1","s","foo")
except ValueError as e: print(e)
try: exec(5)
except TypeError as e: print(e)
try: eval(5)
except TypeError as e: print(e)
try: exec("x=1", [])
except TypeError as e: print(e)
try: exec("x=1", {}, 5)
except TypeError as e: print(e)
c = compile("a=1\nb=2", "f", "exec"); print(c.co_filename, c.co_name, type(c))
print(eval(compile("3*4","<e>","eval")))
print(exec("1"))
g = {}; exec("", g); print(list(g), g["__builtins__"] is __builtins__.__dict__)
print(eval("__name__"), eval("__name__", {}))
exec("y = 10")
print(y)
g = {"a": 2}
l = {}
exec("b = a * 3\ndef f(): return a\nc = f()", g, l)
print(sorted(l), l["b"], l["c"])
def func():
    z = 5
    print(eval("z + 1"))
    exec("w = z * 2")
    print(locals()["w"])
    return locals()
print(sorted(func()))
def outer():
    v = 1
    def inner():
        return locals()
    print(inner.__code__.co_freevars)
    return inner
print(outer()())
try:
    exec("x = (1 +")
except SyntaxError as e:
    print(e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("def f():\n  return 1\n return 2")
except IndentationError as e:
    print(type(e).__name__, e)
exec(compile("1+1\nx=3\n", "<s>", "exec"))
exec(compile("'hi'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("[1, 2]", "<s>", "single"))
ns = {}
exec("from __future__ import annotations\ndef f(a: int) -> str: pass", ns)
print(ns["f"].__annotations__)
exec("1 +\n")

# Output of CPython 3.11:
# expect: 2
# expect: invalid syntax (<string>, line 1)
# expect: invalid syntax (<string>, line 1)
# expect: invalid syntax (<string>, line 0)
# expect: compile() mode must be 'exec', 'eval' or 'single'
# expect: exec() arg 1 must be a string, bytes or code object
# expect: eval() arg 1 must be a string, bytes or code object
# expect: exec() globals must be a dict, not list
# expect: locals must be a mapping or None, not int
# expect: f <module> <class 'code'>
# expect: 12
# expect: None
# expect: ['__builtins__'] True
# expect: __main__ builtins
# expect: 10
# expect: ['b', 'c', 'f'] 6 2
# expect: 6
# expect: 10
# expect: ['w', 'z']
# expect: ()
# expect: {}
# expect: '(' was never closed (<string>, line 1) | '(' was never closed <string> 1 5 'x = (1 +\n'
# expect: IndentationError unindent does not match any outer indentation level (<string>, line 3)
# expect: 'hi'
# expect: [1, 2]
# expect: {'a': 'int', 'return': 'str'}
# expect error: SyntaxError: invalid syntax
