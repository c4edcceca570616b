import time
print("slow starts")
time.sleep(0.2)
VALUE = 42
print("slow done")
