import sys

print("about to fail")  # expect: about to fail
sys.exit("fatal: bad input")
# expect error: fatal: bad input
