def show(**kw):
    for k, v in kw.items():
        print(k, "=", v)
    return len(kw)

print(show(z=1, a=2, m=3))
# expect: z = 1
# expect: a = 2
# expect: m = 3
# expect: 3
print(show())  # expect: 0

def tagged(tag, **attrs):
    return tag + "".join(f" {k}={v!r}" for k, v in attrs.items())

print(tagged("img", src="a.png", alt="pic"))  # expect: img src='a.png' alt='pic'
