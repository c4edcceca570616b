class AppError(Exception):
    code = 1

    def __init__(self, message, *, context=None):
        super().__init__(message)
        self.context = context or {}

    def __str__(self):
        base = super().__str__()
        if self.context:
            extra = ", ".join(f"{k}={v!r}" for k, v in sorted(self.context.items()))
            return f"[E{self.code}] {base} ({extra})"
        return f"[E{self.code}] {base}"


class ValidationError(AppError):
    code = 10


class NotFound(AppError):
    code = 44


class PermissionDenied(AppError):
    code = 43


USERS = {"ann": {"role": "admin", "age": 30}, "bob": {"role": "user", "age": 17}}


def load_user(name):
    try:
        return USERS[name]
    except KeyError as e:
        raise NotFound(f"no user {name}", context={"name": name}) from e


def check_age(user, name):
    if user["age"] < 18:
        raise ValidationError("too young", context={"age": user["age"], "name": name})


def delete_everything(name):
    user = load_user(name)
    check_age(user, name)
    if user["role"] != "admin":
        raise PermissionDenied("admins only", context={"role": user["role"]})
    return f"{name} deleted everything"


for who in ["ann", "bob", "zed"]:
    try:
        print(delete_everything(who))
    except NotFound as e:
        print("not found:", e, "| cause:", repr(e.__cause__))
    except AppError as e:
        print(f"{type(e).__name__}: {e} | code {e.code}")
    finally:
        print(f"  done with {who}")


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        raise ValidationError(f"bad integer {s!r}")


try:
    parse_int("12x")
except ValidationError as e:
    print(e, "| context exception:", type(e.__context__).__name__, "| suppressed:", e.__suppress_context__)


def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise RuntimeError("inner")
        except RuntimeError:
            log.append("except")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except RuntimeError as e:
        log.append(f"outer caught {e}")
    try:
        log.append("try2")
    except Exception:
        log.append("never")
    else:
        log.append("else2")
    return log


print(cleanup_order())


def finally_return():
    try:
        return "from try"
    finally:
        print("  finally runs before return")


print(finally_return())
errors = []
for value in ["10", "0", "abc", None, "5"]:
    try:
        result = 100 // int(value)
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    except ZeroDivisionError as e:
        errors.append(f"ZeroDivisionError({e})")
    else:
        errors.append(result)
print(errors)
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("type errors:", [str(e) for e in eg.exceptions])
e = AppError("plain")
print(str(e), repr(e.args), isinstance(e, Exception), issubclass(NotFound, AppError))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
