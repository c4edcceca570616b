print("not printed: gilvm rejects the whole file")
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("other")
# expect error: SyntaxError: 'match' statements are not supported by gilvm
