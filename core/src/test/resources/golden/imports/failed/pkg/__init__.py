PKG = True
