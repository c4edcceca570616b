def main():
    print("running main")

print(__name__)  # expect: __main__
if __name__ == "__main__":
    main()  # expect: running main
else:
    print("imported")
