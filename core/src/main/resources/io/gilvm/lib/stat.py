"""File mode bits and the tests on them (S_ISDIR, S_ISREG, ...), as CPython's stat module."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFMT_MASK = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & S_IFMT_MASK


def S_ISDIR(mode):
    return mode & S_IFMT_MASK == S_IFDIR


def S_ISREG(mode):
    return mode & S_IFMT_MASK == S_IFREG


def S_ISLNK(mode):
    return mode & S_IFMT_MASK == S_IFLNK


def S_ISCHR(mode):
    return mode & S_IFMT_MASK == S_IFCHR


def S_ISBLK(mode):
    return mode & S_IFMT_MASK == S_IFBLK


def S_ISFIFO(mode):
    return mode & S_IFMT_MASK == S_IFIFO


def S_ISSOCK(mode):
    return mode & S_IFMT_MASK == S_IFSOCK


_KINDS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
          (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def filemode(mode):
    """The mode as ls -l shows it: '-rwxr-xr-x'."""
    kind = "?"
    for bits, ch in _KINDS:
        if mode & S_IFMT_MASK == bits:
            kind = ch
            break
    out = [kind]
    for who, special, sch in ((6, S_ISUID, "s"), (3, S_ISGID, "s"), (0, S_ISVTX, "t")):
        r = "r" if mode & (4 << who) else "-"
        w = "w" if mode & (2 << who) else "-"
        x = mode & (1 << who)
        if mode & special:
            e = sch if x else sch.upper()
        else:
            e = "x" if x else "-"
        out.append(r + w + e)
    return "".join(out)
