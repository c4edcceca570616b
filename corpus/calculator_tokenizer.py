import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")


@dataclass
class Token:
    kind: str
    value: object

    def __repr__(self):
        return f"{self.kind}:{self.value}"


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f"bad character {text[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num is not None:
            tokens.append(Token("num", float(num) if "." in num else int(num)))
        elif op is not None:
            tokens.append(Token("op", op))
        else:
            tokens.append(Token("name", name))
        pos = m.end()
    tokens.append(Token("end", None))
    return tokens


FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r}, got {tok.value!r}")
        self.i += 1
        return tok

    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            right = self.factor()
            if op in "/%" and right == 0:
                raise CalcError("division by zero")
            if op == "*":
                left *= right
            elif op == "/":
                left /= right
            else:
                left %= right
        return left

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if tok.value not in FUNCS:
                    raise CalcError(f"unknown function {tok.value}")
                return FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise CalcError(f"undefined variable {tok.value}")
            return self.env[tok.value]
        raise CalcError(f"unexpected token {tok!r}")


def evaluate(text, env):
    if "=" in text:
        name, _, rhs = text.partition("=")
        value = evaluate(rhs, env)
        env[name.strip()] = value
        return value
    p = Parser(tokenize(text), env)
    v = p.expr()
    if p.peek().kind != "end":
        raise CalcError(f"trailing input at {p.peek()!r}")
    return v


print(tokenize("3 + 4.5*x - (2**3)"))
env = {"pi": 3.14159}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4",
    "r = 2.5", "area = pi * r ** 2", "area / 2", "max(1, 7, 3) + min(4, sq(3))",
    "abs(-7.25) * 2", "1 / (3 - 3)", "foo + 1", "3 + ", "4 $ 4", "bar(2)", "(1 + 2", "7 7",
]
for line in lines:
    try:
        result = evaluate(line, env)
        if isinstance(result, float):
            print(f"{line:32} => {result:.6g}")
        else:
            print(f"{line:32} => {result}")
    except CalcError as e:
        print(f"{line:32} !! {e}")
print(sorted(env.items()))
