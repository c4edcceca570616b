# OSError made from Python code keeps CPython's fields: errno, strerror, filename and filename2
# from 2 to 5 arguments (args keeps only the first two when a filename is given), str() built
# from the fields, and OSError itself choosing the subclass its errno names.
e = OSError(2, 'x', 'f')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
print(e)
print(repr(e))
e = OSError(2, 'x', 'f', None, 'g')
print(e.filename2, e)
e = OSError(13, 'denied', None)
print(type(e).__name__, e.args, e.filename, e)
e = OSError(99, 'other')
print(type(e).__name__, e.args, e.filename, e)
e = OSError('a')
print(e.args, e.errno, e.strerror, e.filename, e)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, e.filename, e)
print(OSError().errno, repr(str(OSError())))
e = OSError(2, 'x', 'f')
e.filename = 'z'
e.errno = 5
print(e, e.args)


class AppError(OSError):
    pass


e = AppError(2, 'gone', 'data.txt')
print(type(e).__name__, e.args, e.filename, e)
print(FileNotFoundError(13, 'x', 'f'))
try:
    raise OSError(2, 'No such file or directory', 'missing.cfg')
except FileNotFoundError as caught:
    print('caught', caught.filename, caught)
try:
    open('/nonexistent-dir/file.txt')
except OSError as caught:
    print(type(caught).__name__, caught.filename, caught.args)

# expect: FileNotFoundError (2, 'x') 2 x f None
# expect: [Errno 2] x: 'f'
# expect: FileNotFoundError(2, 'x')
# expect: g [Errno 2] x: 'f' -> 'g'
# expect: PermissionError (13, 'denied', None) None [Errno 13] denied
# expect: OSError (99, 'other') None [Errno 99] other
# expect: ('a',) None None None a
# expect: (1, 2, 3, 4, 5, 6) None None (1, 2, 3, 4, 5, 6)
# expect: None ''
# expect: [Errno 5] x: 'z' (2, 'x')
# expect: AppError (2, 'gone') data.txt [Errno 2] gone: 'data.txt'
# expect: [Errno 13] x: 'f'
# expect: caught missing.cfg [Errno 2] No such file or directory: 'missing.cfg'
# expect: FileNotFoundError /nonexistent-dir/file.txt (2, 'No such file or directory')
