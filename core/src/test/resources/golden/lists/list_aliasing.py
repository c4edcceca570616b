a = [1, 2]
b = a
b.append(3)
print(a)  # expect: [1, 2, 3]
grid = [[0] * 2] * 2
grid[0][0] = 5
print(grid)  # expect: [[5, 0], [5, 0]]
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 5
print(grid2)  # expect: [[5, 0], [0, 0]]

def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst

orig = []
print(mutate(orig), orig)  # expect: ['new'] ['m']
