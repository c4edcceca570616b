import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F
data = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
print(st.mean(data), st.median(data), st.variance(data), st.stdev(data), st.pstdev(data), st.harmonic_mean(data))
print(st.mean([D(1), D(2), 3]), st.fmean(data), st.pvariance([F(1, 3), F(2, 3), 1]))
try:
    st.mean([D(1), F(1, 2)])
except TypeError as e:
    print(e)

# CPython 3.11's output:
# expect: 0.5625 0.5625 0.02604166666666666666666666667 0.1613743060919757035491360583 0.1397542485937368560255733543 0.5263157894736842105263157895
# expect: 2 0.5625 2/27
# expect: don't know how to coerce Decimal and Fraction
