print("pk main", __name__, __package__)
RESULT = 1
