from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if "." not in board:
        return 0, None
    best_score = -2 if player == "X" else 2
    best_move = None
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if (player == "X" and score > best_score) or (player == "O" and score < best_score):
            best_score, best_move = score, i
    return best_score, best_move


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def play(board="." * 9, player="X"):
    moves = []
    while winner(board) is None and "." in board:
        _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        moves.append((player, move))
        player = "O" if player == "X" else "X"
    return board, moves


board, moves = play()
print("perfect play:", moves)
print(show(board))
print("result:", winner(board) or "draw")
for start in ["X...O....", "XX..O....", "X.O.X....", "OO.XX...."]:
    nxt = "O" if start.count("X") > start.count("O") else "X"
    score, move = minimax(start, nxt)
    final, mv = play(start, nxt)
    print(f"{start} {nxt} to move: score={score:+d} best={move} final={final} winner={winner(final) or 'draw'}")
print("cached positions:", minimax.cache_info().currsize)


@lru_cache(maxsize=None)
def count_games(board=".........", player="X"):
    if winner(board) or "." not in board:
        return 1
    return sum(count_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")
               for i, c in enumerate(board) if c == ".")


print("total possible games:", count_games())
