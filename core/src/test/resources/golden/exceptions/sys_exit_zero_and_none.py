import sys

try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)  # expect: code: None
try:
    sys.exit(0)
except SystemExit as e:
    print("code:", e.code)  # expect: code: 0
print("end")  # expect: end
sys.exit(0)
