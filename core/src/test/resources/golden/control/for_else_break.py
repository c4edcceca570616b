def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

is_prime(7)  # expect: 7 is prime
is_prime(15)  # expect: 15 = 3 * 5
is_prime(2)  # expect: 2 is prime
for ch in "":
    break
else:
    print("empty loop runs else")  # expect: empty loop runs else
