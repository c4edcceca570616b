name = "Ada"
n = 3
print(f"Hello, {name}!")  # expect: Hello, Ada!
print(f"{n} + {n} = {n + n}")  # expect: 3 + 3 = 6
print(f"{name.upper()}-{len(name)}")  # expect: ADA-3
print(f"{{literal}} {n}")  # expect: {literal} 3
print(f"{'nested'} {[1, 2][1]} {dict(a=1)['a']}")  # expect: nested 2 1
print(f"{n}" + f"{n * 2}" f"{n * 3}")  # expect: 369
print(f"")  # expect: 
print(f"{None} {True} {3.0} {[1, 'a']}")  # expect: None True 3.0 [1, 'a']
