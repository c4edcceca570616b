NAME = "demo"
DEBUG = False
