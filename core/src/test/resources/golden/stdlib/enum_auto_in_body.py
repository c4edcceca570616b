# auto() takes its value when the class body binds it, so later lines can combine members.
from enum import Flag, auto, Enum, IntFlag, StrEnum, IntEnum
class P(Flag):
    A=auto(); print(type(A), A)
    B=auto(); C = A|B; print(C)
    D=auto()
print(list(P), P.C, P.A | P.B, P(7))
class E(Enum):
    X=auto(); print(X)
    Y=(auto(), 5); print(Y)
    Z=10
    W=auto()
print(list(E))
class S(StrEnum):
    ALPHA = auto(); print(ALPHA)
    BETA = auto()
print(list(S))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    Q = auto()
    R = auto()
print(list(G))
class I(IntFlag):
    R = auto(); W = auto(); X = auto()
    RWX = R | W | X
print(I.RWX, list(I), I(5))
# expect: <class 'int'> 1
# expect: 3
# expect: [<P.A: 1>, <P.B: 2>, <P.D: 4>] P.C P.C P.A|B|D
# expect: 1
# expect: (2, 5)
# expect: [<E.X: 1>, <E.Y: (2, 5)>, <E.Z: 10>, <E.W: 11>]
# expect: alpha
# expect: [<S.ALPHA: 'alpha'>, <S.BETA: 'beta'>]
# expect: [<G.Q: 'QQ'>, <G.R: 'RR'>]
# expect: 7 [<I.R: 1>, <I.W: 2>, <I.X: 4>] 5
