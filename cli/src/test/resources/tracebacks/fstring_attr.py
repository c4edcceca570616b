class A: pass
print(f'{A().x}')
