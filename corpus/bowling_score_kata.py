class BowlingError(ValueError):
    pass


class Game:
    def __init__(self):
        self.rolls = []

    def roll(self, pins):
        if not 0 <= pins <= 10:
            raise BowlingError(f"invalid pin count {pins}")
        self.rolls.append(pins)
        return self

    def roll_many(self, *pins):
        for p in pins:
            self.roll(p)
        return self

    def frames(self):
        out, i = [], 0
        for frame in range(10):
            if i >= len(self.rolls):
                break
            if self.rolls[i] == 10:
                out.append(("X", self.rolls[i:i + 3]))
                i += 1
            else:
                pair = self.rolls[i:i + 2]
                if len(pair) == 2 and sum(pair) > 10:
                    raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
                if len(pair) == 2 and sum(pair) == 10:
                    out.append(("/", self.rolls[i:i + 3]))
                else:
                    out.append(("-", pair))
                i += 2
        return out

    def score(self):
        total = 0
        running = []
        for kind, pins in self.frames():
            if kind in "X/" and len(pins) < 3:
                break
            total += sum(pins) if kind in "X/" else sum(pins)
            running.append(total)
        return total, running

    def card(self):
        marks = []
        i = 0
        for kind, pins in self.frames():
            if kind == "X":
                marks.append("X ")
            elif kind == "/":
                marks.append(f"{pins[0] or '-'}/")
            else:
                marks.append("".join(str(p or "-") for p in pins).ljust(2))
        return "|" + "|".join(marks) + "|"


GAMES = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "dutch 200": [10, 5, 5] * 5 + [10],
    "typical": [9, 0, 10, 7, 3, 8, 1, 10, 10, 6, 2, 0, 9, 10, 9, 1, 7],
    "unfinished": [10, 10, 4],
}
for name, rolls in GAMES.items():
    g = Game().roll_many(*rolls)
    total, running = g.score()
    print(f"{name:11} {total:3d} {g.card()}")
    print(f"{'':11}     {running}")
for bad in ([11], [6, 6], [-1]):
    try:
        Game().roll_many(*bad).score()
    except BowlingError as e:
        print("BowlingError:", e)
