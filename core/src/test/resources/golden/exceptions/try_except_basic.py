def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"

print(safe_div(6, 3), safe_div(1, 0))  # expect: 2.0 div by zero
try:
    int("x1")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: invalid literal for int() with base 10: 'x1'
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)  # expect: IndexError list index out of range
