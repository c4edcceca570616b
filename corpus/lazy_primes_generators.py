"""Generators and closures: primes, running averages, a tiny pipeline."""
import itertools


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def make_counter(start=0, step=1):
    value = start - step

    def counter():
        nonlocal value
        value += step
        return value
    return counter


def chunks(iterable, size):
    it = iter(iterable)
    while True:
        block = list(itertools.islice(it, size))
        if not block:
            return
        yield block


def pipeline(source, *stages):
    for stage in stages:
        source = stage(source)
    return source


def evens(xs):
    return (x for x in xs if x % 2 == 0)


def squares(xs):
    for x in xs:
        yield x * x


def main():
    print(list(itertools.islice(primes(), 15)))
    print(list(itertools.takewhile(lambda p: p < 60, primes()))[-3:])
    twin = [(p, q) for p, q in itertools.islice(zip(primes(), itertools.islice(primes(), 1, None)), 30) if q - p == 2]
    print("twin primes:", twin[:6])
    avg = running_average()
    next(avg)
    for v in [10, 20, 60]:
        print("average now", avg.send(v))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averaged", stop.value, "values")
    c = make_counter(10, 5)
    print([c() for _ in range(4)])
    c2 = make_counter()
    print(c2(), c2(), c(), c.__closure__ is not None)
    print(list(chunks(range(11), 4)))
    print(list(pipeline(range(10), evens, squares)))
    gen = (n * n for n in range(5))
    print(sum(gen), sum(gen))
    def fib():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
    print([f for f in itertools.islice(fib(), 20) if f % 2 == 0])
    pairs = itertools.combinations("abcd", 2)
    print(["".join(p) for p in pairs])
    acc = list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max))
    print(acc)
    grouped = {k: list(g) for k, g in itertools.groupby(sorted("mississippi"))}
    print({k: len(v) for k, v in grouped.items()})
    def countdown(n):
        while n:
            received = yield n
            n = received if received is not None else n - 1
    cd = countdown(5)
    print(next(cd), next(cd), cd.send(2), next(cd))
    yield_from = list(itertools.chain.from_iterable([[1, 2], (3,), range(4, 6)]))
    print(yield_from)


main()
