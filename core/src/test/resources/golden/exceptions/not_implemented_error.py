class Base:
    def area(self):
        raise NotImplementedError("subclass must implement area")

class Sq(Base):
    def area(self):
        return 4

print(Sq().area())  # expect: 4
try:
    Base().area()
except NotImplementedError as e:
    print(type(e).__name__, e)  # expect: NotImplementedError subclass must implement area
raise NotImplementedError
# expect error: NotImplementedError
