import os, subprocess, sys, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GILVM = os.environ.get("GILVM", "gilvm")
env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")

def programs():
    out = []
    for name in sorted(os.listdir(ROOT)):
        p = os.path.join(ROOT, name)
        if name.endswith(".py") and os.path.isfile(p):
            out.append((name, ROOT, name, p[:-3] + ".expected"))
        elif os.path.isdir(p) and os.path.exists(os.path.join(p, "main.py")):
            out.append((name + "/", p, "main.py", os.path.join(p, "main.expected")))
    return out

def error_line(stderr, stdout, expected, rc):
    lines = [l for l in stderr.splitlines() if l.strip()]
    exc = [l for l in lines if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning|Iteration|Group)\b", l.strip()) or re.match(r"^[A-Za-z_][\w.]*: ", l.strip())]
    if rc == 124:
        return "TIMEOUT"
    if rc != 0:
        if exc:
            return exc[-1].strip()[:200]
        return (lines[-1].strip()[:200] if lines else f"exit code {rc}")
    a, b = stdout.splitlines(), expected.splitlines()
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"output mismatch at line {i+1}: got {x[:80]!r} expected {y[:80]!r}"
    return f"output mismatch: got {len(a)} lines, expected {len(b)}"

mode = sys.argv[1]
only = sys.argv[2:]
results = []
for label, cwd, script, exp in programs():
    if only and label not in only:
        continue
    if mode == "expected":
        r = subprocess.run(["python3", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, (label, r.stderr)
        open(exp, "w").write(r.stdout)
    else:
        expected = open(exp).read()
        try:
            r = subprocess.run(["timeout", "120", GILVM, "run", script], cwd=cwd, env=env, capture_output=True, text=True)
            rc, out, err = r.returncode, r.stdout, r.stderr
        except Exception as e:
            rc, out, err = 1, "", repr(e)
        ok = rc == 0 and out == expected
        line = f"{label} PASS" if ok else f"{label} FAIL {error_line(err, out, expected, rc)}"
        print(line, flush=True)
        results.append(line)
if mode != "expected":
    open(os.path.join(ROOT, "RESULTS.txt"), "w").write("\n".join(results) + "\n")
