import config
from engine import *
import engine.cards as cards


def build_players():
    kinds = [GreedyPlayer, Player, CautiousPlayer, GreedyPlayer]
    return [kind(name) for kind, name in zip(kinds, config.PLAYERS)]


def main():
    deck = Deck(config.SEED)
    players = build_players()
    print("players:", [(p.name, p.strategy) for p in players])
    for rnd in range(1, config.ROUNDS + 1):
        plays, winner = play_round(players, deck, config.HAND_SIZE)
        shown = "  ".join(f"{p.name}:{c!r}" for p, c in plays)
        print(f"round {rnd}: {shown}  -> {winner.name} ({len(deck)} left)")
    for p in sorted(players, key=lambda p: (-p.score, p.name)):
        print(f"{p.name:6} {p.score:4d}")
    print(sorted([cards.Card("T", "H"), cards.Card("2", "S"), cards.Card("A", "C"), cards.Card("T", "C")]))
    print(cards.Card("Q", "D").long_name(), Card("Q", "D") == cards.Card("Q", "D"), len({Card("2", "C"), Card("2", "C")}))
    try:
        Card("1", "X")
    except ValueError as e:
        print("ValueError:", e)
    print(sorted(n for n in dir() if not n.startswith("_")))
    print(engine_names())


def engine_names():
    import engine
    return sorted(engine.__all__)


if __name__ == "__main__":
    main()
