from .cards import Card


class Player:
    strategy = "random-first"

    def __init__(self, name):
        self.name = name
        self.hand: list[Card] = []
        self.score = 0

    def choose(self):
        return self.hand[0]

    def __repr__(self):
        return f"{type(self).__name__}({self.name}, score={self.score})"


class GreedyPlayer(Player):
    strategy = "highest"

    def choose(self):
        return max(self.hand)


class CautiousPlayer(Player):
    strategy = "median"

    def choose(self):
        return sorted(self.hand)[len(self.hand) // 2]
