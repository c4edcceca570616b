a = (1  # one
     / 0)
