def boom(): raise RuntimeError('deep')
boom()
