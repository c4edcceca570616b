from .cards import Card, Deck
from .players import Player, GreedyPlayer, CautiousPlayer

__all__ = ["Card", "Deck", "Player", "GreedyPlayer", "CautiousPlayer", "play_round"]


def play_round(players, deck, hand_size):
    for p in players:
        p.hand = deck.draw(hand_size)
    plays = [(p, p.choose()) for p in players]
    best = max(plays, key=lambda pc: (pc[1].rank_value, pc[1].suit_value))
    winner = best[0]
    winner.score += sum(c.rank_value for _, c in plays)
    return plays, winner
