def bold(fn):
    print("decorating with bold")
    return lambda: "<b>" + fn() + "</b>"

def italic(fn):
    print("decorating with italic")
    return lambda: "<i>" + fn() + "</i>"

@bold
@italic
def text():
    return "t"
# expect: decorating with italic
# expect: decorating with bold

print(text())  # expect: <b><i>t</i></b>
