print(repr("plain"))  # expect: 'plain'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("tab\there\nnl\\"))  # expect: 'tab\there\nnl\\'
print(repr("\x00\x7f"), repr("é"))  # expect: '\x00\x7f' 'é'
print(["a", 'b"'])  # expect: ['a', 'b"']
print(len("\n\t\\"), "a\
b")  # expect: 3 ab
