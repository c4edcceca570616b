import random
from collections import Counter
from itertools import combinations

RANKS = "23456789TJQKA"
SUITS = "shdc"
NAMES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush",
         "full house", "four of a kind", "straight flush"]


def evaluate(hand):
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    suits = {c[1] for c in hand}
    counts = Counter(values)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    ordered = [v for v, n in groups for _ in range(n)]
    flush = len(suits) == 1
    uniq = sorted(set(values), reverse=True)
    straight = len(uniq) == 5 and uniq[0] - uniq[4] == 4
    if uniq == [12, 3, 2, 1, 0]:
        straight, ordered = True, [3, 2, 1, 0, -1]
    shape = sorted(counts.values(), reverse=True)
    if straight and flush:
        rank = 8
    elif shape[0] == 4:
        rank = 7
    elif shape == [3, 2]:
        rank = 6
    elif flush:
        rank = 5
    elif straight:
        rank = 4
    elif shape[0] == 3:
        rank = 3
    elif shape == [2, 2, 1]:
        rank = 2
    elif shape[0] == 2:
        rank = 1
    else:
        rank = 0
    return rank, ordered


def best_of_seven(cards):
    return max(combinations(cards, 5), key=evaluate)


examples = {
    "royal": "As Ks Qs Js Ts", "wheel": "Ah 2d 3c 4s 5h", "quads": "9c 9d 9h 9s 2c",
    "boat": "Kh Kd Kc 4s 4d", "flush": "2h 7h 9h Jh Kh", "trips": "7s 7d 7c Kd 2s",
    "twopair": "Jh Jd 3c 3s Ad", "pair": "Th Td 8c 4s 2d", "nothing": "Ah Jd 8c 4s 2d",
}
for label, text in examples.items():
    hand = text.split()
    r, tiebreak = evaluate(hand)
    print(f"{label:8} {text:16} -> {NAMES[r]:16} {tiebreak}")

random.seed(31337)
deck = [r + s for r in RANKS for s in SUITS]
tally = Counter()
for _ in range(3000):
    hand = random.sample(deck, 5)
    tally[evaluate(hand)[0]] += 1
for r in range(len(NAMES) - 1, -1, -1):
    print(f"{NAMES[r]:16} {tally[r]:5d} {tally[r] / 30:6.2f}%")

random.shuffle(deck)
board, hands = deck[:5], {"ann": deck[5:7], "bob": deck[7:9], "cy": deck[9:11]}
print("board:", " ".join(board))
results = {}
for player, hole in hands.items():
    best = best_of_seven(board + hole)
    results[player] = evaluate(best)
    print(f"{player}: {' '.join(hole)} best {' '.join(best)} = {NAMES[results[player][0]]}")
winner = max(results, key=results.get)
print("winner:", winner)
