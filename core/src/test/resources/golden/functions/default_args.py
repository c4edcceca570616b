def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Bob", "Hi"))  # expect: Hi, Bob!
print(greet("Cy", "Yo", "?"))  # expect: Yo, Cy?
print(greet("Di", punct="."))  # expect: Hello, Di.
