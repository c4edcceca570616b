print(len(str(int('q'))))
