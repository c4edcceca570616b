import threading

class Crashy(threading.Thread):
    def run(self):
        {}["nope"]

c = Crashy(name="crasher")
c.start()
c.join()
print("done")  # expect: done
# expect stderr: Exception in thread crasher:
# expect stderr: KeyError: 'nope'
