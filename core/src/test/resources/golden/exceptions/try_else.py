def attempt(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print("except")
    else:
        print("else", v)
    finally:
        print("finally")

attempt(2)
# expect: else 5
# expect: finally
attempt(0)
# expect: except
# expect: finally
