from enum import Enum, IntEnum, Flag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


@unique
class Color(Enum):
    RED = "#ff0000"
    GREEN = "#00ff00"
    BLUE = "#0000ff"

    @property
    def rgb(self):
        h = self.value.lstrip("#")
        return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))

    @classmethod
    def from_rgb(cls, r, g, b):
        code = f"#{r:02x}{g:02x}{b:02x}"
        return cls(code)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2


users = {"root": Perm.ALL, "dev": Perm.RW, "guest": Perm.READ, "runner": Perm.READ | Perm.EXEC, "nobody": Perm(0)}
for user, p in users.items():
    can = [name for name, flag in [("read", Perm.READ), ("write", Perm.WRITE), ("exec", Perm.EXEC)] if flag in p]
    print(f"{user:7} {str(p):30} value={p.value} can={can}")
print(Perm.RW in Perm.ALL, Perm.EXEC in Perm.RW, bool(Perm(0)), Perm.ALL & ~Perm.WRITE)
tasks = [("deploy", Priority.HIGH), ("lint", Priority.LOW), ("review", Priority.MEDIUM), ("hotfix", Priority.HIGH)]
for name, pr in sorted(tasks, key=lambda t: (-t[1], t[0])):
    print(f"{pr.name:<6} ({int(pr):2d}) {name}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(5), Priority["LOW"], max(Priority))
for c in Color:
    print(c, c.name, c.value, c.rgb)
print(Color.from_rgb(0, 255, 0), Color("#0000ff") is Color.BLUE)
try:
    Color("#123456")
except ValueError as e:
    print("ValueError:", e)
for p in Planet:
    print(f"{p.name:8} g={p.gravity:6.2f} m/s^2")
print(list(Color.__members__), len(Priority))


def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "unknown"


print([describe(c) for c in Color])
