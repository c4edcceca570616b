"""A tiny Forth-flavoured stack language: numbers, words, user definitions,
if/else/then, do-loops and variables."""


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word, need, have):
        super().__init__(f"{word}: needs {need} value(s), stack has {have}")


class Forth:
    def __init__(self):
        self.stack = []
        self.out = []
        self.variables = {}
        self.user_words = {}
        self.builtins = {
            "+": (2, lambda a, b: [a + b]),
            "-": (2, lambda a, b: [a - b]),
            "*": (2, lambda a, b: [a * b]),
            "/": (2, self._div),
            "mod": (2, lambda a, b: [a % b]),
            "dup": (1, lambda a: [a, a]),
            "drop": (1, lambda a: []),
            "swap": (2, lambda a, b: [b, a]),
            "over": (2, lambda a, b: [a, b, a]),
            "rot": (3, lambda a, b, c: [b, c, a]),
            "=": (2, lambda a, b: [-1 if a == b else 0]),
            "<": (2, lambda a, b: [-1 if a < b else 0]),
            ">": (2, lambda a, b: [-1 if a > b else 0]),
            "and": (2, lambda a, b: [a & b]),
            "or": (2, lambda a, b: [a | b]),
            "negate": (1, lambda a: [-a]),
            "abs": (1, lambda a: [abs(a)]),
            "max": (2, lambda a, b: [max(a, b)]),
            "min": (2, lambda a, b: [min(a, b)]),
        }

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        return [q if (a < 0) == (b < 0) else -q]

    def pop(self, word, n=1):
        if len(self.stack) < n:
            raise StackUnderflow(word, n, len(self.stack))
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def run(self, source):
        tokens = source.lower().split()
        self.execute(self.compile(tokens))
        text = " ".join(self.out)
        self.out.clear()
        return text

    def compile(self, tokens):
        """Turn the token stream into nested lists for if/do blocks."""
        program = []
        stack = [program]
        it = iter(tokens)
        for tok in it:
            if tok == ":":
                name = next(it)
                body = []
                for t in it:
                    if t == ";":
                        break
                    body.append(t)
                else:
                    raise ForthError(f"unterminated definition of {name}")
                self.user_words[name] = self.compile(body)
            elif tok == "(":
                for t in it:
                    if t == ")":
                        break
            elif tok in ("if", "do", "begin"):
                block = [tok, [], []]
                stack[-1].append(block)
                stack.append(block[1])
            elif tok == "else":
                stack.pop()
                block = stack[-1][-1]
                stack.append(block[2])
            elif tok in ("then", "loop", "until"):
                stack.pop()
                if len(stack) == 0:
                    raise ForthError(f"{tok} without opener")
            elif tok == ".\"":
                words = []
                for t in it:
                    if t.endswith('"'):
                        words.append(t[:-1])
                        break
                    words.append(t)
                stack[-1].append(("print", " ".join(words)))
            else:
                stack[-1].append(tok)
        if len(stack) != 1:
            raise ForthError("unbalanced control structure")
        return program

    def execute(self, program, loop_index=None):
        for item in program:
            if isinstance(item, tuple):
                self.out.append(item[1])
            elif isinstance(item, list):
                kind, body, alt = item
                if kind == "if":
                    (flag,) = self.pop("if")
                    self.execute(body if flag else alt, loop_index)
                elif kind == "do":
                    limit, start = self.pop("do", 2)
                    for i in range(start, limit):
                        self.execute(body, i)
                else:  # begin ... until
                    while True:
                        self.execute(body, loop_index)
                        (flag,) = self.pop("until")
                        if flag:
                            break
            else:
                self.word(item, loop_index)

    def word(self, tok, loop_index):
        if tok.lstrip("-").isdigit():
            self.stack.append(int(tok))
        elif tok in self.user_words:
            self.execute(self.user_words[tok], loop_index)
        elif tok in self.builtins:
            n, fn = self.builtins[tok]
            self.stack.extend(fn(*self.pop(tok, n)))
        elif tok == ".":
            self.out.append(str(*self.pop(".")))
        elif tok == "i":
            if loop_index is None:
                raise ForthError("i outside of a loop")
            self.stack.append(loop_index)
        elif tok == "variable":
            raise ForthError("variable needs a name before it")
        elif tok == "!":
            value, name = self.pop("!", 2)
            self.variables[name] = value
        elif tok == "@":
            (name,) = self.pop("@")
            self.stack.append(self.variables.get(name, 0))
        elif tok.startswith("'"):
            self.stack.append(tok[1:])
        elif tok == ".s":
            self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack)))
        else:
            raise ForthError(f"unknown word {tok!r}")


f = Forth()
programs = [
    "1 2 + 3 * .",
    "10 3 / . -10 3 / . 10 3 mod .",
    ": square dup * ; : cube dup square * ; 4 square . 3 cube .",
    "5 0 do i . loop",
    ": fizz? 3 mod 0 = ; 16 1 do i fizz? if .\" fizz\" else i . then loop",
    ": fact 1 swap 1 + 1 do i * loop ; 10 fact . 20 fact .",
    "1 2 3 rot .s drop drop drop",
    "42 'answer ! 'answer @ 2 * . 'missing @ .",
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown",
    "7 3 over .s drop drop drop",
    "3 4 max 9 min -5 abs negate .s",
    "( a comment ) 1 2 < . 2 1 < . -1 0 and . -1 0 or .",
]
for src in programs:
    print(f"{src:<56} => {f.run(src)}")
    f.stack.clear()

for bad in ["1 +", "1 0 /", "frob", ": broken 1 2", "i", "1 if 2", "then"]:
    try:
        f.run(bad)
    except StackUnderflow as e:
        print(f"{bad!r}: underflow: {e}")
    except ForthError as e:
        print(f"{bad!r}: error: {e}")
    finally:
        f.stack.clear()
        f.out.clear()
print(sorted(f.user_words), f.variables)
