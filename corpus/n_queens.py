def solve_n_queens(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []

    def place(row):
        if row == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    place(0)
    return solutions


def render(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


for n in range(1, 9):
    sols = solve_n_queens(n)
    print(f"{n}-queens: {len(sols)} solutions")

first = solve_n_queens(8)[0]
print("first 8-queens solution:", first)
print(render(first))
six = solve_n_queens(6)
for s in six:
    print(s)
    print(render(s))
    print()
