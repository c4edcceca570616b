print("shapes.solid.cube runs")


def volume(a):
    return a ** 3
