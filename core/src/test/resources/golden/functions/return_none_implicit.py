def nothing():
    pass

def early(x):
    if x:
        return
    print("late")

print(nothing())  # expect: None
print(early(True))  # expect: None
print(early(False))
# expect: late
# expect: None
def multi():
    return 1, 2
print(multi())  # expect: (1, 2)
