lst = [1]
lst.append(2)
lst.append([3])
print(lst)  # expect: [1, 2, [3]]
lst.extend([4, 5])
lst.extend("ab")
lst.extend(range(2))
print(lst)  # expect: [1, 2, [3], 4, 5, 'a', 'b', 0, 1]
x = [1, 2, 3]
x.insert(0, "first")
x.insert(-1, "before last")
x.insert(100, "end")
x.insert(-100, "start")
print(x)  # expect: ['start', 'first', 1, 2, 'before last', 3, 'end']
print(x.append(0))  # expect: None
