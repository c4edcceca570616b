def mean(xs):
    return sum(xs) / len(xs)


def variance(xs, sample=True):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def fit_line(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sxy / sxx
    return slope, my - slope * mx


def r_squared(xs, ys, slope, icpt):
    my = mean(ys)
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (slope * x + icpt)) ** 2 for x, y in zip(xs, ys))
    return 1 - ss_res / ss_tot


def solve(a, b):
    n = len(a)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def polyfit(xs, ys, deg):
    a = [[sum(x ** (i + j) for x in xs) for j in range(deg + 1)] for i in range(deg + 1)]
    b = [sum(y * x ** i for x, y in zip(xs, ys)) for i in range(deg + 1)]
    return solve(a, b)


hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
scores = [52, 55, 61, 64, 70, 71, 78, 80, 85, 91]
slope, icpt = fit_line(hours, scores)
print(f"score = {slope:.4f} * hours + {icpt:.4f}")
print(f"r^2 = {r_squared(hours, scores, slope, icpt):.5f}")
for h in (0, 5.5, 12):
    print(f"  predicted for {h:>4} hours: {slope * h + icpt:7.3f}")
print("residuals:", [round(y - (slope * x + icpt), 3) for x, y in zip(hours, scores)])
print(f"mean={mean(scores):.2f} var={variance(scores):.3f} pvar={variance(scores, False):.3f} sd={variance(scores) ** 0.5:.4f}")
xs = [x / 2 for x in range(-6, 7)]
ys = [2 * x * x - 3 * x + 1 for x in xs]
coef = polyfit(xs, ys, 2)
print("quadratic fit:", [round(c, 6) for c in coef])
print("solve 3x3:", [round(v, 6) for v in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
cov = sum((x - mean(hours)) * (y - mean(scores)) for x, y in zip(hours, scores)) / (len(hours) - 1)
corr = cov / (variance(hours) ** 0.5 * variance(scores) ** 0.5)
print(f"cov={cov:.4f} corr={corr:.6f}")
data = sorted([12.5, 3.1, 7.7, 9.9, 3.1, 15.0, 6.4])
n = len(data)
median = data[n // 2] if n % 2 else (data[n // 2 - 1] + data[n // 2]) / 2
print("sorted:", data, "median:", median, "iqr-ish:", data[(3 * n) // 4] - data[n // 4])
print(sum([0.1] * 10), 0.1 + 0.2, 1e308 * 10, -1e308 * 10, 5e-324 / 2, 1.5e300 * 1.5e10)
