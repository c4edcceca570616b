print("greeter runs as", __name__)


def hello():
    return "hello from " + __file__.rpartition("/")[2]
