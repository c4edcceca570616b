def show():
    len = lambda x: "shadowed"
    return len([1, 2])

print(show(), len([1, 2]))  # expect: shadowed 2
list_ = list
max = 5
print(max, list_("ab"))  # expect: 5 ['a', 'b']
del max
print(max(1, 2))  # expect: 2
