SEED = 4242
PLAYERS = ["north", "east", "south", "west"]
HAND_SIZE = 5
ROUNDS = 6
