"""warnings: warn() with CPython's filters, actions and message format on stderr."""

import sys as _sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _source_line(filename, lineno):
    known = _traceback.source_line(filename, lineno)
    if known is not None:
        return known
    try:
        with open(filename) as f:
            for k, line in enumerate(f, 1):
                if k == lineno:
                    return line
    except (OSError, ValueError, UnicodeError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = _sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarnmsg


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _registry.clear()


def _caller(stacklevel):
    stack = _traceback.stack()
    # stack[-1] is _caller, stack[-2] is warn().
    k = len(stack) - 2 - stacklevel
    if k < 0:
        return "sys", 1, "sys"
    filename, lineno, name = stack[k]
    return filename, lineno, filename


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module_file = _caller(stacklevel)
    module = "__main__" if module_file == getattr(_sys.modules.get("__main__"), "__file__", None) \
        else _module_name(module_file)
    warn_explicit(message, category, filename, lineno, module)


def _module_name(filename):
    if filename.startswith("<gilvm lib "):
        return filename[len("<gilvm lib "):-4].replace("/", ".")
    if "/io/gilvm/lib/" in filename:
        rel = filename.rsplit("/io/gilvm/lib/", 1)[1][:-3]
        return rel.removesuffix("/__init__").replace("/", ".")
    base = filename.rsplit("/", 1)[-1]
    return base[:-3] if base.endswith(".py") else base


def _default_action(category, module):
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = _module_name(filename)
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = None
    for act, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = _default_action(category, module)
    if action == "ignore":
        return
    if action == "error":
        raise message
    key = (text, category, lineno)
    if action == "once":
        if (text, category) in onceregistry:
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        if (text, category, module) in _registry:
            return
        _registry[(text, category, module)] = 1
    elif action == "default":
        if (key, filename) in _registry:
            return
        _registry[(key, filename)] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, action))
    _current_show(message, category, filename, lineno)


def _current_show(message, category, filename, lineno):
    show = globals()["showwarning"]
    show(message, category, filename, lineno)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        g = globals()
        self._filters = filters[:]
        self._showwarning = g["showwarning"]
        self._registry = dict(_registry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            g["showwarning"] = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        globals()["showwarning"] = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
        return False


def _install_defaults():
    import re
    filters.append(("default", None, DeprecationWarning, re.compile("__main__"), 0))
    for cat in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        filters.append(("ignore", None, cat, None, 0))


_install_defaults()
