print("a starts")
import b
X = "a.X"
print("a done, b.Y =", b.Y)
