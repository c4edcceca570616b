for op in ("//", "%", "divmod"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        else:
            divmod(7, 0)
    except ZeroDivisionError as e:
        print(op, e)
# expect: // integer division or modulo by zero
# expect: % integer modulo by zero
# expect: divmod integer division or modulo by zero
x = 0
print(5 / x)
# expect error: ZeroDivisionError: division by zero
