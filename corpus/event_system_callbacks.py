from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.delivered = 0

    def subscribe(self, event, handler=None, *, priority=0):
        def register(fn):
            self._handlers[event].append((priority, len(self._handlers[event]), fn))
            self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        if handler is not None:
            return register(handler)
        return register

    def unsubscribe(self, event, handler):
        before = len(self._handlers[event])
        self._handlers[event] = [t for t in self._handlers[event] if t[2] is not handler]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, fn in self._handlers.get(event, []):
            try:
                r = fn(*args, **kwargs)
            except StopIteration:
                results.append("<stopped>")
                break
            except Exception as exc:
                results.append(f"<error {type(exc).__name__}: {exc}>")
                continue
            self.delivered += 1
            results.append(r)
        return results


bus = EventBus()
log = []


@bus.subscribe("user.created")
def welcome(user):
    log.append(f"welcome {user}")
    return f"mail:{user}"


@bus.subscribe("user.created", priority=10)
def audit(user):
    log.append(f"audit {user}")
    return "audited"


def make_counter(name):
    count = 0

    def handler(*args, **kwargs):
        nonlocal count
        count += 1
        return f"{name}#{count} args={args} kwargs={sorted(kwargs.items())}"
    return handler


counter = make_counter("ctr")
bus.subscribe("order.placed", counter)
bus.subscribe("order.placed", lambda order_id, total=0: f"total={total:.2f}", priority=5)


@bus.subscribe("order.placed", priority=-1)
def validate(order_id, total=0):
    if total > 100:
        raise ValueError(f"order {order_id} too large")
    return "valid"


@bus.subscribe("shutdown")
def first_stop():
    raise StopIteration


@bus.subscribe("shutdown")
def never_called():
    return "unreachable"


print(bus.emit("user.created", "ana"))
print(bus.emit("user.created", user="ben"))
print(bus.emit("order.placed", 1, total=19.5))
print(bus.emit("order.placed", 2, total=250))
print(bus.emit("shutdown"))
print(bus.emit("nothing"))
print("removed:", bus.unsubscribe("user.created", audit))
print(bus.emit("user.created", "cy"))
print("log:", log)
print("delivered:", bus.delivered)
print("events:", sorted(bus._handlers))
