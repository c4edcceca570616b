import statistics as st
from fractions import Fraction as F
import random

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(st.mean([1, 2.5, F(1, 2)]), st.mean([True, False, True]), st.mean(range(10**6, 10**6 + 7)), st.mean(iter([1, 2, 3])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1, 2])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([1, 0, 2]), st.harmonic_mean([5]), st.harmonic_mean([F(1, 2), F(1, 3)]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1.5, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([7]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbbcc"), st.mode([1, 2, 2, 1]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([3, 1, 3, 1]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.variance([1, 2, 3, 5]), st.variance(data, st.mean(data)), st.variance([F(1, 6), F(1, 2), F(5, 3)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2, 3], n=1), st.quantiles(range(1, 101), n=4))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
r = st.linear_regression([1, 2, 3], [1, 2, 3])
print(r.slope, r.intercept)
random.seed(7)
xs = [random.random() * 100 for _ in range(500)]
print(st.mean(xs), st.variance(xs), st.stdev(xs), st.pstdev(xs), st.median(xs))
for k in range(8):
    ys = [random.uniform(-5, 5) for _ in range(random.randint(2, 30))]
    print(st.stdev(ys), st.pvariance(ys), st.fmean(ys))
inf, nan = float("inf"), float("nan")
print(st.mean([1, inf]), st.variance([1, 2, inf]), st.pvariance([1, inf, -inf]))
tests = [
    (st.mean, []), (st.fmean, []), (st.median, []), (st.mode, []), (st.variance, [1]),
    (st.pvariance, []), (st.stdev, [1]), (st.pstdev, []), (st.quantiles, [1]),
    (st.harmonic_mean, []), (st.geometric_mean, []), (st.median_low, []), (st.median_grouped, []),
    (st.harmonic_mean, [-1]), (st.harmonic_mean, [1, -1]), (st.geometric_mean, [1, -1]),
    (st.mean, ["a"]), (st.harmonic_mean, ["a"]), (st.mean, [1, F(1, 2), 0.5j]),
]
for f, arg in tests:
    try:
        print(f(arg))
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"),
             lambda: st.fmean([1, 2], [1]), lambda: st.fmean([1, 2], [1, -1]),
             lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 1], [1, 2]),
             lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
             lambda: st.median_grouped(["a", "b"]), lambda: st.stdev([1, inf])]:
    try:
        print(call())
    except (st.StatisticsError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

# CPython 3.11's output:
# expect: 2.8 2.5 1.6071428571428572 13/21
# expect: 1.3333333333333333 0.6666666666666666 1000003 2
# expect: 4.25 2.25 1.5
# expect: 36.000000000000014 48.0 3.6 56.0
# expect: 0 5 2/5
# expect: 3 4.0 1.75 3 5
# expect: 52.5 3.25 3.5 7.0
# expect: 3 red b 1
# expect: ['b', 'd', 'f'] [] [3, 1]
# expect: 1.25 1.25 13/72
# expect: 1.3720238095238095 1.6666666666666667 2.9166666666666665 1.3720238095238095 67/108
# expect: 1.0810874155219827 0.986893273527251 1.2909944487358056 2.0
# expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
# expect: [2.0, 3.0, 4.0] [1.5, 2.5] [] [25.25, 50.5, 75.75]
# expect: 0.75 -1.0
# expect: 0.31622776601683794
# expect: LinearRegression(slope=2.1, intercept=0.7999999999999989) LinearRegression(slope=2.107142857142857, intercept=0.0)
# expect: 1.0 0.0
# expect: 47.9942868281463 859.3214438506711 29.31418502791219 29.284856171116324 47.80345313130425
# expect: 2.996181648443107 8.618020291648564 0.2000067599301934
# expect: 2.5352538864107106 5.624073234990535 -1.189541848856512
# expect: 3.509773289560594 9.854806835290395 -0.3131972060744842
# expect: 1.8976727618566998 1.8005809555464174 3.1577384450456645
# expect: 3.234716953922023 9.716008502562673 -0.10171500040896943
# expect: 3.242874889083191 9.76507772151444 0.2663234518767371
# expect: 2.937361731652324 8.296244175553406 0.709474034249592
# expect: 2.2870723786008367 4.955400061539999 -0.4927175189432892
# expect: inf inf nan
# expect: StatisticsError mean requires at least one data point
# expect: StatisticsError fmean requires at least one data point
# expect: StatisticsError no median for empty data
# expect: StatisticsError no mode for empty data
# expect: StatisticsError variance requires at least two data points
# expect: StatisticsError pvariance requires at least one data point
# expect: StatisticsError stdev requires at least two data points
# expect: StatisticsError pstdev requires at least one data point
# expect: StatisticsError must have at least two data points
# expect: StatisticsError harmonic_mean requires at least one data point
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: StatisticsError no median for empty data
# expect: StatisticsError no median for empty data
# expect: StatisticsError harmonic mean does not support negative values
# expect: StatisticsError harmonic mean does not support negative values
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: TypeError can't convert type 'str' to numerator/denominator
# expect: TypeError unsupported type
# expect: TypeError can't convert type 'complex' to numerator/denominator
# expect: StatisticsError n must be at least 1
# expect: ValueError Unknown method: 'x'
# expect: StatisticsError data and weights must be the same length
# expect: StatisticsError sum of weights must be non-zero
# expect: StatisticsError covariance requires that both inputs have same number of data points
# expect: StatisticsError at least one of the inputs is constant
# expect: StatisticsError x is constant
# expect: StatisticsError Number of weights does not match data size
# expect: TypeError Value cannot be converted to a float
# expect: AttributeError 'float' object has no attribute 'numerator'
# expect: True
