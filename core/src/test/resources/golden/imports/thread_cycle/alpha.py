import time
time.sleep(0.1)
import beta
A = "alpha"
