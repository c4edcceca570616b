"""A tiny expression language: tokenizer, Pratt parser, evaluator and pretty printer."""
from __future__ import annotations

import enum
import math
import operator
from dataclasses import dataclass, field, KW_ONLY
from functools import cache
from typing import Literal, TypedDict, Union


class Tok(enum.StrEnum):
    NUM = enum.auto()
    NAME = enum.auto()
    OP = enum.auto()
    LP = "("
    RP = ")"
    COMMA = ","
    END = enum.auto()


@dataclass(frozen=True)
class Token:
    kind: Tok
    text: str
    pos: int


class Num(float):
    def __repr__(self):
        return f"Num({float(self):g})"


@dataclass
class Lit:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass
class Call:
    func: str
    args: list["Expr"] = field(default_factory=list)
    _: KW_ONLY
    line: int = 1


Expr = Union[Lit, Var, BinOp, Call]


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at {pos}")
        self.pos = pos


def tokenize(src: str):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token(Tok.NUM, src[i:j], i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token(Tok.NAME, src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token(Tok.OP, "**", i)
            i += 2
        elif c in "+-*/%^":
            yield Token(Tok.OP, c, i)
            i += 1
        elif c in "(),":
            yield Token(Tok(c), c, i)
            i += 1
        else:
            raise CalcError(f"unexpected {c!r}", i)
    yield Token(Tok.END, "", len(src))


BINDING = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "/": (20, 21), "%": (20, 21),
           "**": (31, 30), "^": (31, 30)}


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind):
        t = self.next()
        if t.kind is not kind:
            raise CalcError(f"expected {kind.value!r}, got {t.text or 'end'!r}", t.pos)
        return t

    def parse(self) -> Expr:
        e = self.expr(0)
        self.expect(Tok.END)
        return e

    def expr(self, min_bp):
        t = self.next()
        match t:
            case Token(kind=Tok.NUM, text=text):
                left = Lit(Num(text))
            case Token(kind=Tok.NAME, text=name) if self.peek().kind is Tok.LP:
                self.next()
                args = []
                if self.peek().kind is not Tok.RP:
                    while True:
                        args.append(self.expr(0))
                        if self.peek().kind is Tok.COMMA:
                            self.next()
                            continue
                        break
                self.expect(Tok.RP)
                left = Call(name, args, line=1)
            case Token(kind=Tok.NAME, text=name):
                left = Var(name)
            case Token(kind=Tok.OP, text="-"):
                left = BinOp("-", Lit(Num(0)), self.expr(25))
            case Token(kind=Tok.LP):
                left = self.expr(0)
                self.expect(Tok.RP)
            case _:
                raise CalcError(f"unexpected {t.text or 'end'!r}", t.pos)
        while (op := self.peek()).kind is Tok.OP:
            lbp, rbp = BINDING[op.text]
            if lbp < min_bp:
                break
            self.next()
            left = BinOp(op.text, left, self.expr(rbp))
        return left


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow, "^": operator.pow}


class Env(TypedDict, total=False):
    pi: float
    x: float


@cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "fib": lambda n: fib(int(n)),
         "hyp": math.hypot}


def evaluate(e: Expr, env: Env) -> float:
    match e:
        case Lit(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise CalcError(f"unknown name {name!r}")
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise CalcError("division by zero")
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(f, args) if f in FUNCS:
            return FUNCS[f](*(evaluate(a, env) for a in args))
        case Call(f):
            raise CalcError(f"unknown function {f}()")


def show(e: Expr, parent: int = 0) -> str:
    match e:
        case Lit(v):
            return f"{v:g}"
        case Var(n):
            return n
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"
        case BinOp(op, l, r):
            bp = BINDING[op][0]
            s = f"{show(l, bp)} {op} {show(r, bp + 1)}"
            return f"({s})" if bp < parent else s


def main():
    env: Env = {"pi": math.pi, "x": 3.0}
    progs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "sqrt(16) + max(1, x, 2)",
             "hyp(3, 4) * pi", "fib(30) % 1000", "10 / (x - 3)", "y + 1", "3 +", "2 $ 3",
             "min()", "foo(1)", "((2))"]
    mode: Literal["show", "eval"] = "eval"
    for src in progs:
        try:
            tree = Parser(src).parse()
            val = evaluate(tree, env)
            print(f"{src:<24} => {show(tree):<24} = {val:.6g}")
        except CalcError as e:
            print(f"{src:<24} !! {e} (pos={e.pos})")
        except (TypeError, ValueError) as e:
            print(f"{src:<24} !! {type(e).__name__}: {e}")
    print(Tok.LP, repr(Tok.NUM), list(Tok)[:3], Tok("(") is Tok.LP, mode)
    print(Call("f", [Lit(1.0)]), fib.cache_info())
    print(Parser("a+b").toks[1], Num("2.50"))


main()
