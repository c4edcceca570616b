def process(v):
    try:
        try:
            return 100 // v
        except ZeroDivisionError:
            print("inner handled zero")
            raise ValueError("converted")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer handled", e)
        return -1
    finally:
        print("outer finally")

print(process(4))
# expect: inner finally
# expect: outer finally
# expect: 25
print(process(0))
# expect: inner handled zero
# expect: inner finally
# expect: outer handled converted
# expect: outer finally
# expect: -1
