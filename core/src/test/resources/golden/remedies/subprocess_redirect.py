# subprocess: stdin, stdout and stderr redirected to file objects and descriptor numbers, as
# CPython 3.11 does it: the child writes where the file's descriptor stands, so the parent's
# later writes follow; stderr=STDOUT joins them; DEVNULL swallows; stdin reads from a file.
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "out.txt")
with open(path, "w") as f:
    f.write("header\n")
    f.flush()
    subprocess.run(["echo", "from child"], stdout=f)
    f.write("footer\n")
with open(path) as f:
    print(repr(f.read()))

with open(path, "wb") as f:
    r = subprocess.run("echo out; echo err >&2", shell=True, stdout=f, stderr=subprocess.STDOUT)
    print(r.stdout, r.stderr)
with open(path, "rb") as f:
    print(f.read())

with open(path, "a") as f:
    subprocess.run("echo to-err >&2", shell=True, stderr=f)
with open(path) as f:
    print(repr(f.read()))

with open(path, "w") as f:
    f.write("line one\nline two\n")
with open(path) as f:
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
with open(path, "rb") as f:
    print(subprocess.check_output(["wc", "-l"], stdin=f).split()[0])

fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
subprocess.run(["printf", "raw"], stdout=fd)
os.close(fd)
with open(path) as f:
    print(f.read())

p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.DEVNULL,
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(p.communicate())

sys.stdout.flush()
subprocess.run("echo to-stdout-via-stderr >&2", shell=True, stderr=sys.stdout)
try:
    subprocess.run(["true"], stdout=99)
except OSError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)

# expect: 'header\nfrom child\nfooter\n'
# expect: None None
# expect: b'out\nerr\n'
# expect: 'out\nerr\nto-err\n'
# expect: b'line one\nline two\n'
# expect: b'2'
# expect: raw
# expect: (b'', None)
# expect: to-stdout-via-stderr
# expect: OSError [Errno 9] Bad file descriptor
