def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fact(5))  # expect: 120
print(fact(25))  # expect: 15511210043330985984000000
print([fib(i) for i in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
