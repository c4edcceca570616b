def fail():
    return 1 / 0


fail()
