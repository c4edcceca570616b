# statistics.NormalDist: construction, moments, pdf/cdf/inv_cdf, quantiles, overlap, zscore,
# from_samples, samples with a seed, arithmetic, equality, hashing, and its errors.
from statistics import NormalDist, StatisticsError

N = NormalDist
d = N(100, 15)
print(d, repr(N()), d.mean, d.median, d.mode, d.stdev, d.variance)
print(round(d.pdf(100), 12), round(d.pdf(130), 12), round(d.cdf(115), 12), round(d.cdf(70), 12))
for p in (0.5, 0.025, 0.975, 0.1, 0.9, 1e-10, 1 - 1e-10, 0.3, 0.01, 0.99999):
    print(p, round(N().inv_cdf(p), 10), round(d.inv_cdf(p), 8))
print([round(q, 10) for q in N().quantiles()], [round(q, 8) for q in N(2, 3).quantiles(5)])
print([round(q, 8) for q in d.quantiles(10)])
print(round(N(2.4, 1.6).overlap(N(3.2, 2.0)), 12), round(N(0, 1).overlap(N(1, 1)), 12),
      round(N(5, 1).overlap(N(0, 3)), 12), N(1, 2).overlap(N(1, 2)))
print(d.zscore(130), N(0, 2).zscore(-3))
s = N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(s.mean, 12), round(s.stdev, 12))
print(N(1, 2) + 3, 3 + N(1, 2), N(1, 2) - 3, 10 - N(1, 2), N(1, 2) * 2, 2 * N(1, 2),
      N(1, 2) / 4, -N(1, 2), +N(1, 2))
print(N(1, 2) + N(3, 4), N(1, 2) - N(3, 4))
print(N() == N(0, 1), N() == N(0, 2), N() == 3, hash(N()) == hash(N(0.0, 1.0)))
print(len(N(5, 2).samples(10, seed=42)), N(5, 2).samples(3, seed=7) == N(5, 2).samples(3, seed=7))
print(N(0, 0).mean, N(1.5).stdev)
for f in (lambda: N(1, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1),
          lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.0), lambda: N(1, 0).inv_cdf(0.5),
          lambda: N().overlap(3), lambda: N(1, 0).overlap(N()), lambda: N(1, 0).zscore(1),
          lambda: N.from_samples([1]), lambda: N() * N(), lambda: N() + "a"):
    try:
        f()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

# expect: NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=0.0, sigma=1.0) 100.0 100.0 100.0 15.0 225.0
# expect: 0.026596152027 0.003599397768 0.841344746069 0.022750131948
# expect: 0.5 0.0 100.0
# expect: 0.025 -1.9599639845 70.60054023
# expect: 0.975 1.9599639845 129.39945977
# expect: 0.1 -1.2815515655 80.77672652
# expect: 0.9 1.2815515655 119.22327348
# expect: 1e-10 -6.3613409024 4.57988646
# expect: 0.9999999999 6.3613408897 195.42011335
# expect: 0.3 -0.5244005127 92.13399231
# expect: 0.01 -2.326347874 65.10478189
# expect: 0.99999 4.2648907939 163.97336191
# expect: [-0.6744897502, 0.0, 0.6744897502] [-0.5248637, 1.23995869, 2.76004131, 4.5248637]
# expect: [80.77672652, 87.3756815, 92.13399231, 96.19979345, 100.0, 103.80020655, 107.86600769, 112.6243185, 119.22327348]
# expect: 0.803505065733 0.617075077452 0.176449170498 1.0
# expect: 2.0 -1.5
# expect: 2.716666666667 0.507608773237
# expect: NormalDist(mu=4.0, sigma=2.0) NormalDist(mu=4.0, sigma=2.0) NormalDist(mu=-2.0, sigma=2.0) NormalDist(mu=9.0, sigma=2.0) NormalDist(mu=2.0, sigma=4.0) NormalDist(mu=2.0, sigma=4.0) NormalDist(mu=0.25, sigma=0.5) NormalDist(mu=-1.0, sigma=2.0) NormalDist(mu=1.0, sigma=2.0)
# expect: NormalDist(mu=4.0, sigma=4.47213595499958) NormalDist(mu=-2.0, sigma=4.47213595499958)
# expect: True False False True
# expect: 10 True
# expect: 0.0 1.0
# expect: StatisticsError sigma must be non-negative
# expect: StatisticsError pdf() not defined when sigma is zero
# expect: StatisticsError cdf() not defined when sigma is zero
# expect: StatisticsError p must be in the range 0.0 < p < 1.0
# expect: StatisticsError p must be in the range 0.0 < p < 1.0
# expect: StatisticsError cdf() not defined when sigma at or below zero
# expect: TypeError Expected another NormalDist instance
# expect: StatisticsError overlap() not defined when sigma is zero
# expect: StatisticsError zscore() not defined when sigma is zero
# expect: StatisticsError stdev requires at least two data points
# expect: TypeError must be real number, not NormalDist
# expect: TypeError unsupported operand type(s) for +: 'float' and 'str'
