# An n-body simulation: five bodies under gravity, integrated with small time steps. Float
# arithmetic on lists of floats, nested loops over pairs, tuple unpacking.
import math

SOLAR_MASS = 4 * math.pi * math.pi
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass]: a heavy centre and four planets on rough orbits.
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for i, (dist, mass) in enumerate([(5.2, 9.5e-4), (9.5, 2.9e-4), (19.2, 4.4e-5), (30.1, 5.2e-5)]):
        angle = 0.7 * i + 0.3
        speed = math.sqrt(SOLAR_MASS / dist)
        x, y = dist * math.cos(angle), dist * math.sin(angle)
        vx, vy = -speed * math.sin(angle), speed * math.cos(angle)
        bodies.append([x, y, 0.01 * i, vx, vy, 0.0, mass * SOLAR_MASS])
    # Zero the total momentum so the centre stays put.
    px = sum(b[3] * b[6] for b in bodies)
    py = sum(b[4] * b[6] for b in bodies)
    bodies[0][3] = -px / SOLAR_MASS
    bodies[0][4] = -py / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x, y, z, vx, vy, vz, m = bodies[i]
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            x2, y2, z2 = bodies[j][0], bodies[j][1], bodies[j][2]
            dx, dy, dz = x - x2, y - y2, z - z2
            e -= m * bodies[j][6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
e0 = energy(bodies)
advance(bodies, 0.01, 100_000)
e1 = energy(bodies)
print("%.6f %.6f" % (e0, e1))
print("energy kept" if abs(e1 - e0) < 1e-3 * abs(e0) else "energy drifted")  # expect: energy kept
