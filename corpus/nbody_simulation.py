import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"({self.x:9.4f}, {self.y:9.4f})"


class Body:
    def __init__(self, name, mass, pos, vel):
        self.name = name
        self.mass = mass
        self.pos = pos
        self.vel = vel


G = 1.0


def accelerations(bodies, soft=0.01):
    accs = []
    for b in bodies:
        a = Vec()
        for o in bodies:
            if o is b:
                continue
            d = o.pos - b.pos
            r2 = d.x * d.x + d.y * d.y + soft * soft
            a = a + d * (G * o.mass / (r2 * math.sqrt(r2)))
        accs.append(a)
    return accs


def energy(bodies):
    ke = sum(0.5 * b.mass * (b.vel.x ** 2 + b.vel.y ** 2) for b in bodies)
    pe = 0.0
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            pe -= G * a.mass * b.mass / abs(a.pos - b.pos)
    return ke + pe


def step(bodies, dt):
    acc = accelerations(bodies)
    for b, a in zip(bodies, acc):
        b.vel = b.vel + a * (dt / 2)
        b.pos = b.pos + b.vel * dt
    acc = accelerations(bodies)
    for b, a in zip(bodies, acc):
        b.vel = b.vel + a * (dt / 2)


bodies = [
    Body("sun", 1000.0, Vec(0, 0), Vec(0, 0)),
    Body("inner", 1.0, Vec(10, 0), Vec(0, 10.0)),
    Body("outer", 5.0, Vec(-25, 0), Vec(0, -6.3)),
    Body("comet", 0.01, Vec(0, 40), Vec(3.0, 0)),
]
e0 = energy(bodies)
print(f"initial energy: {e0:.6f}")
dt = 0.005
for frame in range(11):
    if frame:
        for _ in range(40):
            step(bodies, dt)
    t = frame * 40 * dt
    print(f"t={t:5.2f} " + " ".join(f"{b.name}={b.pos!r}" for b in bodies[1:3]))
e1 = energy(bodies)
print(f"final energy: {e1:.6f} drift {abs((e1 - e0) / e0):.2e}")
for b in bodies:
    print(f"{b.name:6} |r|={abs(b.pos):8.3f} |v|={abs(b.vel):8.3f}")
cm_x = sum(b.mass * b.pos.x for b in bodies) / sum(b.mass for b in bodies)
print(f"centre of mass x: {cm_x:.5f}")
