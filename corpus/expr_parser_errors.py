# A recursive-descent parser for arithmetic with variables, function calls
# and a small error hierarchy that reports the column of the problem.

import math


class ParseError(Exception):
    """Something is wrong with the input text."""

    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos

    def show(self, text):
        return f"{text}\n{' ' * self.pos}^ {self}"


class UnexpectedToken(ParseError):
    pass


class UnknownName(Exception):
    pass


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}@{self.pos})"


def tokenize(text):
    i = 0
    out = []
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            if literal.count(".") > 1:
                raise ParseError(f"bad number {literal!r}", start)
            out.append(Token("num", float(literal) if "." in literal else int(literal), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            out.append(Token("name", text[start:i], start))
        elif ch in "+-*/^(),%":
            out.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    out.append(Token("end", None, len(text)))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}

    def __init__(self, text, env):
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.tokens[self.i]

    def take(self, kind, value=None):
        t = self.tok
        if t.kind != kind or (value is not None and t.value != value):
            want = value if value is not None else kind
            got = "end of input" if t.kind == "end" else repr(t.value)
            raise UnexpectedToken(f"expected {want}, found {got}", t.pos)
        self.i += 1
        return t

    def parse(self):
        value = self.expr()
        self.take("end")
        return value

    def expr(self):
        value = self.term()
        while self.tok.kind == "op" and self.tok.value in "+-":
            op = self.take("op").value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.tok.kind == "op" and self.tok.value in "*/%":
            t = self.take("op")
            rhs = self.unary()
            if t.value == "*":
                value *= rhs
            elif rhs == 0:
                raise ParseError("division by zero", t.pos)
            elif t.value == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.tok.kind == "op" and self.tok.value == "-":
            self.take("op")
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.kind == "op" and self.tok.value == "^":
            self.take("op")
            return base ** self.unary()  # right associative
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.i += 1
            return t.value
        if t.kind == "name":
            self.i += 1
            if self.tok.kind == "op" and self.tok.value == "(":
                return self.call(t)
            try:
                return self.env[t.value]
            except KeyError:
                raise UnknownName(t.value) from None
        if t.kind == "op" and t.value == "(":
            self.take("op", "(")
            value = self.expr()
            self.take("op", ")")
            return value
        raise UnexpectedToken(f"unexpected {'end of input' if t.kind == 'end' else repr(t.value)}", t.pos)

    def call(self, name_tok):
        func = self.FUNCS.get(name_tok.value)
        if func is None:
            raise UnknownName(f"function {name_tok.value}")
        self.take("op", "(")
        args = [self.expr()]
        while self.tok.value == ",":
            self.take("op", ",")
            args.append(self.expr())
        self.take("op", ")")
        return func(*args)


def evaluate(text, **env):
    return Parser(text, env).parse()


CASES = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 % 4 + 10 / 4",
    "sqrt(16) + max(1, 5, 3) - abs(-2)",
    "hypot(3, 4) * x",
    "rate * (1 + rate) ^ years",
    "1 +",
    "2 * (3 + 4",
    "4 / (2 - 2)",
    "3 $ 4",
    "1.2.3 + 1",
    "y + 1",
    "nosuch(1)",
    "max(1 2)",
]

for case in CASES:
    try:
        result = evaluate(case, x=2, rate=0.05, years=3)
    except ParseError as err:
        kind = type(err).__name__
        print(f"{kind}:")
        print(err.show(case))
    except UnknownName as err:
        print(f"{case!r}: unknown name {err}")
    else:
        if isinstance(result, float):
            print(f"{case} = {result:.6g}")
        else:
            print(f"{case} = {result}")

print(issubclass(UnexpectedToken, ParseError), UnexpectedToken.__mro__[1].__name__)
print(tokenize("a+1")[:2])
