# errno: error numbers by name, errorcode, and OSError subclasses picked from them.
import errno
import os
print(errno.ENOENT, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT])
print(errno.errorcode[11], errno.errorcode[errno.EDEADLK], len(errno.errorcode))
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ECHILD, errno.ESRCH, errno.EPIPE,
             errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EAGAIN, errno.EINVAL):
    print(errno.errorcode[code], type(OSError(code, "msg")).__name__)
try:
    os.stat("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
# expect: 2 True ENOENT
# expect: EAGAIN EDEADLOCK 130
# expect: ENOENT FileNotFoundError
# expect: EEXIST FileExistsError
# expect: EACCES PermissionError
# expect: ECHILD ChildProcessError
# expect: ESRCH ProcessLookupError
# expect: EPIPE BrokenPipeError
# expect: ECONNREFUSED ConnectionRefusedError
# expect: ETIMEDOUT TimeoutError
# expect: EAGAIN BlockingIOError
# expect: EINVAL OSError
# expect: True ENOENT
