def hit():
    return "bang"
