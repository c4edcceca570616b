ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of rotting books", "exits": {"south": "hall", "up": "tower"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
    "tower": {"desc": "the top of the tower, wind howling", "exits": {"down": "library"}, "items": ["crown"]},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0

    def lit(self):
        return not self.rooms[self.here].get("dark") or "lamp" in self.inventory

    def look(self):
        room = self.rooms[self.here]
        if not self.lit():
            return "It is pitch dark."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see: {items}. Exits: {exits}."

    def do(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case ["look"] | ["l"]:
                return self.look()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                dest = self.rooms[self.here]["exits"].get(direction)
                if dest is None:
                    return "You can't go that way."
                if self.rooms[dest].get("locked"):
                    if "key" in self.inventory:
                        self.rooms[dest]["locked"] = False
                        self.here = dest
                        return "You unlock the door with the key. " + self.look()
                    return "The door is locked."
                self.here = dest
                return self.look()
            case ["take", item]:
                if not self.lit():
                    return "You fumble around in the dark."
                room = self.rooms[self.here]
                if item in room["items"]:
                    room["items"].remove(item)
                    self.inventory.append(item)
                    self.score += 10 if item in ("crown", "wine") else 1
                    return f"Taken: {item}."
                return f"There is no {item} here."
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                self.rooms[self.here]["items"].append(item)
                return f"Dropped {item}."
            case ["inventory"] | ["i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case []:
                return "Say something."
            case _:
                return f"I don't understand {line!r}."


game = Game(ROOMS)
script = ["look", "go north", "take key", "south", "take lamp", "north", "look", "take key", "take book",
          "up", "take crown", "down", "south", "east", "down", "take wine", "drop book", "look", "i",
          "dance", "", "go west", "up", "west", "inventory"]
for cmd in script:
    print(f"> {cmd}")
    print("  " + game.do(cmd))
print(f"score {game.score} in {game.moves} moves")
