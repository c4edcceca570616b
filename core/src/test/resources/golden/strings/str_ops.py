print("ab" + "cd", "ab" * 3, 3 * "x", repr("ab" * 0))  # expect: abcd ababab xxx ''
print(len(""), len("hello"), len("é"))  # expect: 0 5 1
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a")  # expect: True True False True
print("a" == "a", "a" != "A", min("hello"), max("hello"))  # expect: True True e o
print(list("hi"), str(12) + str(3.5), repr(str()))  # expect: ['h', 'i'] 123.5 ''
print("-".join(reversed("abc")), sorted("cab"))  # expect: c-b-a ['a', 'b', 'c']
