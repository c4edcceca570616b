print("shapes/__init__ runs")
SIDES = {"triangle": 3, "square": 4}
