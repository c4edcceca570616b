# os.open/read/write/lseek/close numbered descriptors, open(fd) and os.fdopen over them, mkstemp.
import os, tempfile
for fd in (-1, 99):
    try: open(fd)
    except Exception as e: print(type(e).__name__, e)
p = os.path.join(tempfile.gettempdir(), "gilvm_fd_test.txt")
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
f = open(fd, 'w', closefd=False); print(f.name == fd, f.fileno() == fd); f.write('hi'); f.close()
print(os.lseek(fd, 0, 0), os.read(fd, 10), os.write(fd, b"!!"), os.lseek(fd, 0, os.SEEK_END)); os.close(fd)
try: os.close(fd)
except OSError as e: print(e)
try: os.fdopen('x')
except Exception as e: print(type(e).__name__, e)
with open(os.open(p, os.O_RDONLY), 'rb', buffering=0) as f:
    print(f.closefd, f.read())
try: os.read(99, 1)
except OSError as e: print(e)
try: os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e: print("exists", e.errno)
fd, q = tempfile.mkstemp(suffix=".csv")
print(type(fd).__name__, q.endswith(".csv"), oct(os.stat(q).st_mode & 0o777))
with os.fdopen(fd, "w", newline="") as fh:
    fh.write("a,b\r\n")
with open(q, newline="") as fh:
    print(repr(fh.read()))
fd = os.open(q, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"c,d\n"); os.close(fd)
with open(q) as fh: print(repr(fh.read()))
os.remove(q); os.remove(p)
# expect: ValueError negative file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: True True
# expect: 0 b'hi' 2 4
# expect: [Errno 9] Bad file descriptor
# expect: TypeError invalid fd type (<class 'str'>, expected integer)
# expect: True b'hi!!'
# expect: [Errno 9] Bad file descriptor
# expect: exists 17
# expect: int True 0o600
# expect: 'a,b\r\n'
# expect: 'a,b\nc,d\n'
