# Two threads import modules that import each other: the import locks must not deadlock
# (one thread gets the other's partially initialised module, as in CPython).
import threading

done = []


def load(name):
    module = __import__(name)
    done.append(name)


t1 = threading.Thread(target=load, args=("alpha",))
t2 = threading.Thread(target=load, args=("beta",))
t1.start()
t2.start()
t1.join()
t2.join()
import alpha
import beta
print(sorted(done), alpha.A, beta.B, alpha.beta is beta, beta.alpha is alpha)

# CPython 3.11's output:
# expect: ['alpha', 'beta'] alpha beta True True
