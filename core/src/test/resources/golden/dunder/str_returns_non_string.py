class Bad:
    def __str__(self):
        return 42

try:
    str(Bad())
except TypeError as e:
    print(e)  # expect: __str__ returned non-string (type int)

class Good:
    def __str__(self):
        return "good"

print(str(Good()), format(Good()), f"{Good()}")  # expect: good good good
