# Tic-tac-toe: a minimax player with memoization plays itself and a scripted opponent.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


memo = {}


def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == ".":
                nb = board[:i] + player + board[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


def show(board):
    for r in range(3):
        print(" " + " | ".join(board[r * 3:r * 3 + 3]))


board = "." * 9
player = "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
show(board)
print("perfect play result:", winner(board) or "draw", "positions evaluated:", len(memo))
board = "." * 9
script = [0, 2, 6, 5]
player = "X"
turn = 0
while winner(board) is None and "." in board:
    if player == "O":
        move = minimax(board, "O")[1]
    else:
        move = script[turn] if board[script[turn]] == "." else board.index(".")
        turn += 1
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
show(board)
print("scripted X vs minimax O:", winner(board) or "draw")
