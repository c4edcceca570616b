# subprocess: run, check_output, Popen with communicate/wait/poll/terminate/kill, PIPE, STDOUT,
# DEVNULL, CalledProcessError and TimeoutExpired, as CPython 3.11 reports them.
import subprocess, sys
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.run(["cat"], input=b"piped in", stdout=subprocess.PIPE).stdout)
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, type(e.timeout).__name__)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("line\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate(); print(p.wait())
p = subprocess.Popen(["sleep", "10"]); p.kill(); print(p.wait())
print(subprocess.call(["true"]), subprocess.call("exit 4", shell=True))
sys.stdout.flush()
subprocess.run(["echo", "inherited"])
r = subprocess.run("echo both; echo e2 >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
try:
    subprocess.run(["no-such-program-x"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
with subprocess.Popen(["ls", "/nonexistent-dir"], stderr=subprocess.DEVNULL) as p:
    pass
print(p.returncode)
p = subprocess.Popen(["printf", "l1\\nl2\\n"], stdout=subprocess.PIPE)
print([line for line in p.stdout]); p.wait()
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 1"))

# expect: CompletedProcess(args=['echo', 'hello'], returncode=0, stdout=b'hello\n', stderr=b'')
# expect: 3 'out\n' 'err\n'
# expect: b'a\nb'
# expect: b'piped in'
# expect: CalledProcessError: Command '['sh', '-c', 'exit 2']' returned non-zero exit status 2. 2
# expect: Command '['false']' returned non-zero exit status 1.
# expect: TimeoutExpired: ['sleep', '5'] float
# expect: 'got line\n' None 0
# expect: None
# expect: -15
# expect: -9
# expect: 0 4
# expect: inherited
# expect: b'both\ne2\n'
# expect: FileNotFoundError: [Errno 2] No such file or directory: 'no-such-program-x'
# expect: 2
# expect: [b'l1\n', b'l2\n']
# expect: hi (1, '')
