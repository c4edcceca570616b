import sys

print("exiting")  # expect: exiting
try:
    sys.exit(7)
finally:
    print("finally runs before exit")  # expect: finally runs before exit
print("not reached")
# expect exit: 7
