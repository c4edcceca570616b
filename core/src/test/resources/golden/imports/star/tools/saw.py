print("saw is not imported by *")
