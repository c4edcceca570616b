try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)  # expect: ValueError ()
try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
