def main():
    print("working")
    raise SystemExit(4)

main()  # expect: working
print("never")
# expect exit: 4
