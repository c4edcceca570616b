s = 'a'
v = (s
     .upper()
     .nothere())
