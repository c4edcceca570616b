print("shapes.solid runs")
