def kind(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError branch"
    except LookupError:
        return "LookupError branch"
    except Exception as e:
        return "Exception branch " + type(e).__name__

print(kind(KeyError("k")))  # expect: KeyError branch
print(kind(IndexError("i")))  # expect: LookupError branch
print(kind(ZeroDivisionError()))  # expect: Exception branch ZeroDivisionError
print(kind(ValueError))  # expect: Exception branch ValueError
