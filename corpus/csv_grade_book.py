"""Read grades from CSV text, compute statistics and print a report."""
import csv
import io

DATA = """name,homework,midterm,final
Ada,92,88,95
Brook,75,64,70
Cyril,58,71,62
Dana,88,94,91
Emil,100,79,85
Fay,67,55,49
"""

WEIGHTS = {"homework": 0.3, "midterm": 0.3, "final": 0.4}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def main():
    rows = list(csv.DictReader(io.StringIO(DATA)))
    print("columns:", list(rows[0].keys()))
    for row in rows:
        for k in WEIGHTS:
            row[k] = int(row[k])
        row["total"] = round(sum(row[k] * w for k, w in WEIGHTS.items()), 1)
        row["grade"] = letter(row["total"])
    rows.sort(key=lambda r: (-r["total"], r["name"]))
    print(f"{'rank':<5}{'name':<8}{'hw':>4}{'mid':>5}{'fin':>5}{'total':>7} grade")
    for rank, r in enumerate(rows, 1):
        print(f"{rank:<5}{r['name']:<8}{r['homework']:>4}{r['midterm']:>5}{r['final']:>5}{r['total']:>7.1f} {r['grade']}")
    for col in list(WEIGHTS) + ["total"]:
        xs = [r[col] for r in rows]
        print(f"{col:>8}: mean {mean(xs):6.2f}  median {median(xs):6.2f}  stdev {stdev(xs):6.2f}  range {min(xs)}-{max(xs)}")
    dist = {}
    for r in rows:
        dist[r["grade"]] = dist.get(r["grade"], 0) + 1
    print("distribution:", " ".join(f"{g}:{dist.get(g, 0)}" for g in "ABCDF"))
    improved = [r["name"] for r in rows if r["final"] > r["midterm"]]
    print("improved on the final:", ", ".join(sorted(improved)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "total", "grade"])
    for r in rows[:3]:
        writer.writerow([r["name"], r["total"], r["grade"]])
    print(out.getvalue().strip())
    quoted = io.StringIO()
    csv.writer(quoted, lineterminator="\n").writerow(["a,b", 'say "hi"', 3])
    print(quoted.getvalue().strip())
    print(next(csv.reader(io.StringIO(quoted.getvalue()))))


main()
