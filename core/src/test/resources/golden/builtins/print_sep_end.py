print("a", "b", "c")  # expect: a b c
print("a", "b", sep="-")  # expect: a-b
print("x", end="")
print("y", end="!\n")  # expect: xy!
print(1, 2, 3, sep="", end="\n")  # expect: 123
print()  # expect: 
print("flushed", flush=True)  # expect: flushed
print("multi", "part", sep="\n")
# expect: multi
# expect: part
print(*[1, 2, 3], sep=", ")  # expect: 1, 2, 3
print(None, sep=None, end=None)  # expect: None
