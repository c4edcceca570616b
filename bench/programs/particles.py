# Object-heavy float code: a small vector class with operator methods, particles bouncing in a
# box under gravity and drag, a new vector object for every intermediate result.


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt, gravity, drag):
        self.vel = self.vel + gravity * dt - self.vel * (drag * dt)
        self.pos = self.pos + self.vel * dt
        p, v = self.pos, self.vel
        if p.y < 0.0:
            self.pos = Vec(p.x, -p.y, p.z)
            self.vel = Vec(v.x, -v.y * 0.9, v.z)


def simulate(n, steps):
    particles = [Particle(Vec(i * 0.1, 1.0 + (i % 7) * 0.5, -i * 0.05), Vec(1.0, 0.0, 0.5 - (i % 3) * 0.5))
                 for i in range(n)]
    gravity = Vec(0.0, -9.81, 0.0)
    for _ in range(steps):
        for p in particles:
            p.step(0.001, gravity, 0.1)
    centre = Vec(0.0, 0.0, 0.0)
    for p in particles:
        centre = centre + p.pos
    centre = centre * (1.0 / n)
    return centre, max(p.vel.length() for p in particles)


c, vmax = simulate(100, 3000)
print("%.4f %.4f %.4f %.4f" % (c.x, c.y, c.z, vmax))
print("ok" if c.y >= 0.0 else "fell through")  # expect: ok
