import sys
print("tool", __name__, __file__.rpartition("/")[2], __package__, __spec__.name if __spec__ else None, INJECTED)
def f(): return 5
X = f()
