try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print("got", e, "context", repr(e.__context__))  # expect: got second context KeyError('first')
try:
    try:
        raise TypeError("t")
    finally:
        print("inner finally")  # expect: inner finally
except TypeError:
    print("outer except")  # expect: outer except
