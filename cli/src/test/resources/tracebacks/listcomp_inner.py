xs = [1, 2]
ys = [x['k'] for x in xs]
