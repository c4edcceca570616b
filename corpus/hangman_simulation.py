import random
import string
from collections import Counter

WORDS = """python compiler interpreter bytecode garbage collector thread generator
iterator decorator closure exception dictionary function variable keyword
integer boolean recursion algorithm structure""".split()

FREQ_ORDER = "etaoinsrhldcumfpgwybvkxjqz"


def play(secret, strategy, max_misses=6):
    guessed = set()
    misses = 0
    history = []
    while misses < max_misses:
        pattern = "".join(c if c in guessed else "_" for c in secret)
        if "_" not in pattern:
            return True, misses, history
        letter = strategy(pattern, guessed)
        guessed.add(letter)
        if letter in secret:
            history.append(letter.upper())
        else:
            misses += 1
            history.append(letter)
    return False, misses, history


def frequency_strategy(pattern, guessed):
    return next(c for c in FREQ_ORDER if c not in guessed)


def candidate_strategy(pattern, guessed):
    wrong = {g for g in guessed if g not in pattern}
    cands = [w for w in WORDS if len(w) == len(pattern)
             and all(p == "_" or p == c for p, c in zip(pattern, w))
             and not any(c in wrong for c in w)
             and all((c in guessed) == (p != "_") for p, c in zip(pattern, w))]
    counts = Counter(c for w in cands for c in set(w) if c not in guessed)
    if counts:
        return max(sorted(counts), key=lambda c: counts[c])
    return frequency_strategy(pattern, guessed)


def random_strategy_factory(seed):
    rng = random.Random(seed)

    def pick(pattern, guessed):
        return rng.choice([c for c in string.ascii_lowercase if c not in guessed])
    return pick


for name, strat in [("frequency", frequency_strategy), ("candidates", candidate_strategy), ("random", random_strategy_factory(5))]:
    wins = 0
    total_misses = 0
    for w in WORDS:
        won, misses, hist = play(w, strat)
        wins += won
        total_misses += misses
    print(f"{name:10}: won {wins}/{len(WORDS)} avg misses {total_misses / len(WORDS):.2f}")
for w in WORDS[:6]:
    won, misses, hist = play(w, candidate_strategy)
    print(f"  {w:12} {'WIN ' if won else 'LOSE'} misses={misses} guesses={''.join(hist)}")
won, misses, hist = play("zyzzyva", frequency_strategy)
print("zyzzyva:", won, misses, "".join(hist))
