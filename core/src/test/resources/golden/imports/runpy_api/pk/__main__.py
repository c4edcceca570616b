print("pk main", __name__, repr(__package__))
RESULT = 1
