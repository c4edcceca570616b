x = 0
print(f'{1/x}')
