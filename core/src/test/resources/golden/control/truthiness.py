values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"k": 0}, set(), None, True, False, b"", b"x"]
print([bool(v) for v in values])
# expect: [False, True, True, False, True, False, True, False, True, False, True, False, True, False, False, True, False, False, True]
print(not [], not 5)  # expect: True False
if [] or {} or "" or 0:
    print("never")
print("falsy chain done")  # expect: falsy chain done
