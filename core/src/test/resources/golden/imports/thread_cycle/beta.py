import time
time.sleep(0.1)
import alpha
B = "beta"
