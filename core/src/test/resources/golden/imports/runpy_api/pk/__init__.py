print("pk init")
