import random
from functools import total_ordering

RANKS = "23456789TJQKA"
SUITS = "CDHS"
SYMBOLS = {"C": "clubs", "D": "diamonds", "H": "hearts", "S": "spades"}


@total_ordering
class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        if rank not in RANKS or suit not in SUITS:
            raise ValueError(f"bad card {rank}{suit}")
        self.rank, self.suit = rank, suit

    @property
    def rank_value(self):
        return RANKS.index(self.rank) + 2

    @property
    def suit_value(self):
        return SUITS.index(self.suit)

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.rank_value, self.suit_value) < (other.rank_value, other.suit_value)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"

    def long_name(self):
        return f"{self.rank} of {SYMBOLS[self.suit]}"


class Deck:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.reset()

    def reset(self):
        self.cards = [Card(r, s) for s in SUITS for r in RANKS]
        self.rng.shuffle(self.cards)

    def draw(self, n):
        if n > len(self.cards):
            self.reset()
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)
