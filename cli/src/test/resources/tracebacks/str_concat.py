name = 'n'
msg = 'hello ' + name + 5
