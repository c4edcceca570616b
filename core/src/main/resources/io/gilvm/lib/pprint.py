"""pprint: data structures printed readably, wrapped to a width, dict keys sorted."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter",
           "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders keys of mixed types: by value when they compare, else by type name."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.append("<Recursion on %s with id=%s>" % (type(object).__name__, objid))
            return
        rep = self._repr(object, context, self._depth, level)[0]
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            kind = type(object)
            printer = None
            if kind is dict:
                printer = self._pprint_dict
            elif kind is list:
                printer = self._pprint_list
            elif kind is tuple:
                printer = self._pprint_tuple
            elif kind in (set, frozenset):
                printer = self._pprint_set
            elif kind is str:
                printer = self._pprint_str
            elif kind is bytes:
                printer = self._pprint_bytes
            if printer is not None and (self._depth is None or level < self._depth):
                context[objid] = 1
                printer(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.append(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.append("{")
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        length = len(object)
        if length:
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.append("}")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, self._depth, level)[0]
            stream.append(rep)
            stream.append(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.append(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.append("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.append("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.append("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.append("{")
            endchar = "}"
        else:
            stream.append(typ.__name__ + "({")
            endchar = "})"
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_SafeKey)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = _split_words(line)
                current = ""
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width -= allowance
                    if len(repr(candidate)) > max_width:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            stream.append(rep)
            return
        if level == 1:
            stream.append("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.append("\n" + " " * indent)
            stream.append(rep)
        if level == 1:
            stream.append(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.append("(")
        delim = ""
        width = self._width - indent - allowance
        if width < 4:
            width = 4
        for i in range(0, len(object), width // 4 * 4 if False else 4):
            pass
        chunks = []
        current = b""
        for k in range(0, len(object), 4):
            part = object[k:k + 4]
            if len(repr(current + part)) > width and current:
                chunks.append(current)
                current = part
            else:
                current = current + part
        if current:
            chunks.append(current)
        for rep in chunks:
            stream.append(delim)
            stream.append(repr(rep))
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            stream.append(")")

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        last_index = len(items) - 1
        for i, ent in enumerate(items):
            last = i == last_index
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, self._depth, level)[0]
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.append(delim)
                    delim = ", "
                    stream.append(rep)
                    continue
            stream.append(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, maxlevels, level):
        return self._safe_repr(object, dict(context), maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in (int, float, str, bytes, bool, type(None)):
            if typ is int and self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        if typ is dict:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return "<Recursion on %s with id=%s>" % (typ.__name__, objid), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts \
                else list(object.items())
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{%s}" % ", ".join(parts), readable, recursive
        if typ in (list, tuple):
            if typ is list:
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, objid in context
            if objid in context:
                return "<Recursion on %s with id=%s>" % (typ.__name__, objid), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            for o in object:
                orepr, oreadable, orecur = self._safe_repr(o, context, maxlevels, level + 1)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return fmt % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


def _split_words(line):
    parts = []
    current = ""
    for ch in line:
        current += ch
        if ch.isspace():
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts
