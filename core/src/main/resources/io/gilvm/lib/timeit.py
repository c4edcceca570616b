"""timeit: time small pieces of code (gilvm's own implementation of CPython 3.11's API).

Library use: Timer(stmt, setup, timer, globals) with timeit(number), repeat(repeat, number)
and autorange(); or the functions timeit(...) and repeat(...).

Command line: gilvm run -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [stmt ...]
  -n/--number N   run the statement N times per measurement (default: found by autorange)
  -r/--repeat N   take N measurements (default 5)
  -s/--setup S    a statement run once before each measurement, not timed (repeatable)
  -p/--process    measure process time instead of wall-clock time
  -v/--verbose    print each raw measurement (repeat for more digits)
  -u/--unit U     print times in nsec, usec, msec or sec
  -h/--help       print this text and exit
Each statement argument is one line; the default statement is 'pass'.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _indent(code, spaces):
    return code.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times a statement: Timer(stmt='pass', setup='pass', timer=default_timer, globals=None).

    stmt and setup are source strings or callables taking no arguments. The statement runs in
    a function of its own, in a namespace holding globals (or a fresh one)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = {} if globals is None else globals
        if isinstance(setup, str):
            # Each piece is compiled alone first, so that its syntax errors say so.
            compile(setup, dummy_src_name, "exec")
            setup_line = _indent(setup, 4)
            stmt_prefix = setup + "\n"
        elif callable(setup):
            namespace["_setup"] = setup
            setup_line = "_setup()"
            stmt_prefix = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt_line = _indent(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            stmt_line = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        # Callables reach the function as default arguments, bound when it is defined.
        params = "".join(", %s=%s" % (n, n) for n in ("_setup", "_stmt") if n in namespace)
        source = ("def inner(_it, _timer" + params + "):\n"
                  "    " + setup_line + "\n"
                  "    _t0 = _timer()\n"
                  "    for _i in _it:\n"
                  "        " + stmt_line + "\n"
                  "        pass\n"
                  "    _t1 = _timer()\n"
                  "    return _t1 - _t0\n")
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec(code, global_ns, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled (from a timed statement)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (the setup once before)."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat measurements, each of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken): number is the first of 1, 2, 5, 10, 20, 50, ... for which the
        statement takes at least 0.2 seconds; callback(number, time) sees each try."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(seconds, unit, precision):
    if unit is None:
        for name in ("sec", "msec", "usec", "nsec"):
            unit = name
            if seconds >= _UNITS[name]:
                break
    return "%s %s" % (format(seconds / _UNITS[unit], ".%dg" % precision), unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: measures the statement and prints the best time per loop."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    timer = default_timer
    verbose = 0
    unit = None
    stmt = []
    i = 0
    try:
        while i < len(args):
            a = args[i]
            if a == "--":
                stmt.extend(args[i + 1:])
                break
            if not a.startswith("-") or a == "-":
                stmt.extend(args[i:])
                break
            name, eq, value = a.partition("=")
            if not eq and name[:2] != "--" and len(name) > 2:
                name, value, eq = name[:2], name[2:], "="
            takes_value = name in ("-n", "--number", "-r", "--repeat", "-s", "--setup",
                                   "-u", "--unit")
            if takes_value and not eq:
                i += 1
                if i >= len(args):
                    raise _Usage("option %s requires argument" % name.lstrip("-"))
                value = args[i]
            if name in ("-n", "--number"):
                number = int(value)
            elif name in ("-r", "--repeat"):
                repeat_count = max(1, int(value))
            elif name in ("-s", "--setup"):
                setup.append(value)
            elif name in ("-u", "--unit"):
                if value not in _UNITS:
                    print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                          file=sys.stderr)
                    return 2
                unit = value
            elif name in ("-p", "--process"):
                timer = time.process_time
            elif name in ("-v", "--verbose"):
                verbose += 1
            elif name in ("-h", "--help"):
                print(__doc__, end="")
                return 0
            else:
                raise _Usage("option %s not recognized" % name)
            i += 1
    except _Usage as e:
        print(e)
        print("use -h/--help for command line help")
        return 2

    statement = "\n".join(stmt) or "pass"
    setup_src = "\n".join(setup) or "pass"
    precision = 3 + verbose
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    # The statement sees the names of the program that runs it, as CPython's.
    t = Timer(statement, setup_src, timer)
    try:
        if number == 0:
            def report(n, taken):
                if verbose:
                    print("%d loop%s -> %s secs" % (n, "" if n == 1 else "s",
                                                     format(taken, ".%dg" % precision)))
            number, _ = t.autorange(report if verbose else None)
            if verbose:
                print()
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in raw))
        print()
    print("%d loop%s, best of %d: %s per loop"
          % (number, "" if number == 1 else "s", repeat_count, _format_time(best, unit, precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (_format_time(worst, unit, precision),
                                  _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


class _Usage(Exception):
    pass


if __name__ == "__main__":
    sys.exit(main())
