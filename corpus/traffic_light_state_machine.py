from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()
    FLASHING = auto()


class Event(Enum):
    TIMER = "timer"
    FAULT = "fault"
    RESET = "reset"


TRANSITIONS = {
    (Light.RED, Event.TIMER): Light.GREEN,
    (Light.GREEN, Event.TIMER): Light.YELLOW,
    (Light.YELLOW, Event.TIMER): Light.RED,
    (Light.FLASHING, Event.RESET): Light.RED,
}

DURATIONS = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5, Light.FLASHING: 0}


class Controller:
    def __init__(self):
        self.state = Light.RED
        self.clock = 0
        self.trace = []

    def handle(self, event):
        if event is Event.FAULT:
            new = Light.FLASHING
        else:
            new = TRANSITIONS.get((self.state, event))
        if new is None:
            self.trace.append(f"t={self.clock:4d} ignored {event.value} in {self.state.name}")
            return False
        self.clock += DURATIONS[self.state] if event is Event.TIMER else 0
        self.trace.append(f"t={self.clock:4d} {self.state.name:>8} --{event.value}--> {new.name}")
        self.state = new
        return True


ctl = Controller()
events = [Event.TIMER] * 5 + [Event.FAULT, Event.TIMER, Event.RESET] + [Event.TIMER] * 4 + [Event.RESET]
results = [ctl.handle(e) for e in events]
print("\n".join(ctl.trace))
print("accepted:", sum(results), "of", len(results))
print("final:", ctl.state, ctl.state.value, repr(ctl.state))
print([l.name for l in Light])
print(Light["GREEN"], Light(3), Event("fault"))
print(Light.RED is Light.RED, Light.RED == Light.GREEN, len(Light))


class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passes = 0

    def on(self, action):
        match (self.state, action):
            case ("locked", "coin"):
                self.coins += 1
                self.state = "unlocked"
            case ("unlocked", "push"):
                self.passes += 1
                self.state = "locked"
            case ("unlocked", "coin"):
                self.coins += 1
            case ("locked", "push"):
                pass
            case (_, other):
                raise ValueError(f"unknown action {other}")
        return self.state


t = Turnstile()
for a in "coin push push coin coin push kick".split():
    try:
        print(f"{a:5} -> {t.on(a)}")
    except ValueError as e:
        print("error:", e)
print(f"coins={t.coins} passes={t.passes}")
