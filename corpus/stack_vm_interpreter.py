PROGRAM = """
# compute factorials and a countdown
    push 1
    store i
loop:
    load i
    push 11
    lt
    jz end
    load i
    call fact
    load i
    print2
    load i
    push 1
    add
    store i
    jmp loop
end:
    push 3
countdown:
    dup
    print
    push 1
    sub
    dup
    jnz countdown
    pop
    halt

fact:
    dup
    push 2
    lt
    jnz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
"""


class VMError(Exception):
    pass


def assemble(src):
    code, labels = [], {}
    for raw in src.splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return code, labels


def run(code, labels, max_steps=100000):
    stack, calls, mem, out = [], [], {}, []
    pc = steps = 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        if pc >= len(code):
            raise VMError("fell off the end")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            if arg not in mem:
                raise VMError(f"undefined variable {arg}")
            stack.append(mem[arg])
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jnz":
            if stack.pop() != 0:
                pc = labels[arg]
        elif op == "call":
            calls.append(pc)
            pc = labels[arg]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(str(stack.pop()))
        elif op == "print2":
            n = stack.pop()
            out.append(f"{n}! = {stack.pop()}")
        elif op == "halt":
            return out, steps, stack
        else:
            raise VMError(f"unknown op {op!r} at {pc - 1}")


code, labels = assemble(PROGRAM)
print("instructions:", len(code), "labels:", sorted(labels.items()))
out, steps, stack = run(code, labels)
print("\n".join(out))
print("steps:", steps, "final stack:", stack)
for bad in ["push 1\nfrob\nhalt", "load x\nhalt", "loop:\njmp loop", "push 1"]:
    try:
        run(*assemble(bad), max_steps=1000)
    except VMError as e:
        print("VMError:", e)
