# What the process remedy cannot take: a call crosses to a worker process by pickling, and a
# lambda pickles by name, which it has none of. Pool.map with a lambda fails in the parent with
# CPython's PicklingError, before any work is sent; leaving the `with` block ends the workers.
import pickle
from multiprocessing import Pool


def double(x):
    return 2 * x


if __name__ == "__main__":
    print(len(pickle.dumps(double)) > 0, pickle.loads(pickle.dumps(double)) is double)
    with Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
        try:
            pool.map(lambda x: 2 * x, [1, 2, 3])
        except pickle.PicklingError as e:
            print("PicklingError:", str(e).split(": ", 1)[1])

# expect: True True
# expect: [2, 4, 6]
# expect: PicklingError: attribute lookup <lambda> on __main__ failed
