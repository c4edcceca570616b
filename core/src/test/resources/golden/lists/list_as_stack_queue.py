stack = []
for x in "abc":
    stack.append(x)
out = []
while stack:
    out.append(stack.pop())
print(out)  # expect: ['c', 'b', 'a']
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)  # expect: 1 [2, 3, 4]
