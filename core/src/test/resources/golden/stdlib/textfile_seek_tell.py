# tell() and seek() on text files in UTF-16, UTF-32 (with and without a byte order mark) and cp1252:
# the cookies of every line start, seeking back to them, to the end, rewriting in place, and
# the errors of the seeks a text file refuses.
import os
import tempfile
path = os.path.join(tempfile.gettempdir(), "gilvm_seek_%d.txt" % os.getpid())
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "cp1252"]:
    text = "ab\r\ncd\u20ac\nef\U0001F600x\nlast" if "cp" not in enc else "ab\r\ncd\u20ac\nef\xe9x\r\nlast"
    for nl in [None, ""]:
        with open(path, "w", encoding=enc, newline=nl) as f:
            f.write(text)
            print(enc, nl, "write tell", f.tell())
        with open(path, encoding=enc, newline=nl) as f:
            cookies = [f.tell()]
            lines = []
            while True:
                line = f.readline()
                if not line:
                    break
                lines.append(line)
                cookies.append(f.tell())
            print(enc, repr(nl), cookies, lines)
            for i in (3, 1, 2, 0):
                f.seek(cookies[i])
                print(" seek", cookies[i], repr(f.readline()), f.tell())
            print(" end", f.seek(0, 2), repr(f.read()), f.seek(0, 1))
            f.seek(cookies[1])
            print(" read(3)", repr(f.read(3)), f.tell(), repr(f.read()))
            for args in [(3, 1), (3, 2), (0, 3), (-1,)]:
                try:
                    f.seek(*args)
                except (ValueError, OSError) as e:
                    print(" ", args, type(e).__name__, e)
    with open(path, "w", encoding=enc) as f:
        f.write("one\n")
        c = f.tell()
        f.write("two\n")
        f.seek(c)
        f.write("TWO\n")
    with open(path, encoding=enc) as f:
        print(" rewrite", repr(f.read()))
    with open(path, "a", encoding=enc) as f:
        f.write("three\n")
    with open(path, encoding=enc) as f:
        print(" append", repr(f.read()))
os.remove(path)
# expect: utf-16 None write tell 38
# expect: utf-16 None [0, 10, 18, 30, 38] ['ab\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 30 'last' 38
# expect:  seek 10 'cd€\n' 18
# expect:  seek 18 'ef😀x\n' 30
# expect:  seek 0 'ab\n' 10
# expect:  end 38 '' 38
# expect:  read(3) 'cd€' 16 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: utf-16  write tell 38
# expect: utf-16 '' [0, 10, 18, 30, 38] ['ab\r\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 30 'last' 38
# expect:  seek 10 'cd€\n' 18
# expect:  seek 18 'ef😀x\n' 30
# expect:  seek 0 'ab\r\n' 10
# expect:  end 38 '' 38
# expect:  read(3) 'cd€' 16 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
# expect: utf-16-le None write tell 36
# expect: utf-16-le None [0, 8, 16, 28, 36] ['ab\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 28 'last' 36
# expect:  seek 8 'cd€\n' 16
# expect:  seek 16 'ef😀x\n' 28
# expect:  seek 0 'ab\n' 8
# expect:  end 36 '' 36
# expect:  read(3) 'cd€' 14 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: utf-16-le  write tell 36
# expect: utf-16-le '' [0, 8, 16, 28, 36] ['ab\r\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 28 'last' 36
# expect:  seek 8 'cd€\n' 16
# expect:  seek 16 'ef😀x\n' 28
# expect:  seek 0 'ab\r\n' 8
# expect:  end 36 '' 36
# expect:  read(3) 'cd€' 14 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
# expect: utf-16-be None write tell 36
# expect: utf-16-be None [0, 8, 16, 28, 36] ['ab\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 28 'last' 36
# expect:  seek 8 'cd€\n' 16
# expect:  seek 16 'ef😀x\n' 28
# expect:  seek 0 'ab\n' 8
# expect:  end 36 '' 36
# expect:  read(3) 'cd€' 14 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: utf-16-be  write tell 36
# expect: utf-16-be '' [0, 8, 16, 28, 36] ['ab\r\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 28 'last' 36
# expect:  seek 8 'cd€\n' 16
# expect:  seek 16 'ef😀x\n' 28
# expect:  seek 0 'ab\r\n' 8
# expect:  end 36 '' 36
# expect:  read(3) 'cd€' 14 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
# expect: utf-32 None write tell 72
# expect: utf-32 None [0, 20, 36, 56, 72] ['ab\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 56 'last' 72
# expect:  seek 20 'cd€\n' 36
# expect:  seek 36 'ef😀x\n' 56
# expect:  seek 0 'ab\n' 20
# expect:  end 72 '' 72
# expect:  read(3) 'cd€' 32 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: utf-32  write tell 72
# expect: utf-32 '' [0, 20, 36, 56, 72] ['ab\r\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 56 'last' 72
# expect:  seek 20 'cd€\n' 36
# expect:  seek 36 'ef😀x\n' 56
# expect:  seek 0 'ab\r\n' 20
# expect:  end 72 '' 72
# expect:  read(3) 'cd€' 32 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
# expect: utf-32-be None write tell 68
# expect: utf-32-be None [0, 16, 32, 52, 68] ['ab\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 52 'last' 68
# expect:  seek 16 'cd€\n' 32
# expect:  seek 32 'ef😀x\n' 52
# expect:  seek 0 'ab\n' 16
# expect:  end 68 '' 68
# expect:  read(3) 'cd€' 28 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: utf-32-be  write tell 68
# expect: utf-32-be '' [0, 16, 32, 52, 68] ['ab\r\n', 'cd€\n', 'ef😀x\n', 'last']
# expect:  seek 52 'last' 68
# expect:  seek 16 'cd€\n' 32
# expect:  seek 32 'ef😀x\n' 52
# expect:  seek 0 'ab\r\n' 16
# expect:  end 68 '' 68
# expect:  read(3) 'cd€' 28 '\nef😀x\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
# expect: cp1252 None write tell 18
# expect: cp1252 None [0, 4, 8, 14, 18] ['ab\n', 'cd€\n', 'eféx\n', 'last']
# expect:  seek 14 'last' 18
# expect:  seek 4 'cd€\n' 8
# expect:  seek 8 'eféx\n' 14
# expect:  seek 0 'ab\n' 4
# expect:  end 18 '' 18
# expect:  read(3) 'cd€' 7 '\neféx\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect: cp1252  write tell 18
# expect: cp1252 '' [0, 4, 8, 14, 18] ['ab\r\n', 'cd€\n', 'eféx\r\n', 'last']
# expect:  seek 14 'last' 18
# expect:  seek 4 'cd€\n' 8
# expect:  seek 8 'eféx\r\n' 14
# expect:  seek 0 'ab\r\n' 4
# expect:  end 18 '' 18
# expect:  read(3) 'cd€' 7 '\neféx\r\nlast'
# expect:   (3, 1) UnsupportedOperation can't do nonzero cur-relative seeks
# expect:   (3, 2) UnsupportedOperation can't do nonzero end-relative seeks
# expect:   (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
# expect:   (-1,) ValueError negative seek position -1
# expect:  rewrite 'one\nTWO\n'
# expect:  append 'one\nTWO\nthree\n'
