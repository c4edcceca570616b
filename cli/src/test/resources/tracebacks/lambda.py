f = lambda v: v[3]
print(f([1]))
