def bf(program, data=""):
    code = [c for c in program if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = iter(data)
    out = []
    while pc < len(code):
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(next(inp, "\0"))
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
        steps += 1
    return "".join(out), steps


HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"
ADD = ",>,[<+>-]<------------------------------------------------."
UPPER = ",[--------------------------------.,]"


def generate(text):
    prog, cur = [], 0
    for ch in text:
        diff = ord(ch) - cur
        prog.append(("+" if diff > 0 else "-") * abs(diff) + ".")
        cur = ord(ch)
    return "".join(prog)


out, steps = bf(HELLO)
print(repr(out), steps)
print(bf(REVERSE, "stressed")[0])
print(bf(ADD, "34")[0])
print(bf(UPPER, "shout")[0])
gen = generate("Generated!")
print(len(gen), bf(gen)[0])
for bad in ["[[]", "]["]:
    try:
        bf(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
out, steps = bf(squares)
lines = out.strip().split("\n")
print(len(lines), lines[:5], lines[-1], steps)
