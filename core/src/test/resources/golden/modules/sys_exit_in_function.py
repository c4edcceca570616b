import sys

def main():
    print("main start")
    try:
        sys.exit(2)
    except SystemExit as e:
        print("intercepted", e.code)
        raise
    print("not reached")

main()
# expect: main start
# expect: intercepted 2
# expect exit: 2
