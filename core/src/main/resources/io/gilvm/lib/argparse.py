"""argparse: command-line parsing with CPython's help layout and error messages (gilvm's own).

Positionals are matched to the strings left after options are taken, in order; CPython's
finer interleaving rules for several variable-length positionals around options are not
reproduced.
"""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "Namespace", "Action", "BooleanOptionalAction",
           "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        items = list(self.__dict__.items())
        parts = []
        for k, v in items:
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                parts.append("**{%r: %r}" % (k, v))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message
        Exception.__init__(self, str(self))

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class Action:
    """What an argument does with its values; subclasses override __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required,
                        help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required,
                        help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version.replace("%(prog)s", parser.prog)
        _sys.stdout.write(text + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        Action.__init__(self, strings, dest, 0, None, default, type, choices, required, help,
                        metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            Action.__init__(self, [], dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            sub = self._name_parser_map[parser_name]
        except KeyError:
            msg = "unknown parser %r (choices: %s)" % (parser_name,
                                                       ", ".join(self._name_parser_map))
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = sub.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            extras = getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", [])
            extras.extend(arg_strings)
            namespace._UNRECOGNIZED_ARGS_ATTR = extras


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "count": _CountAction,
    "help": _HelpAction, "version": _VersionAction, "extend": _ExtendAction,
}


# ---------------------------------------------------------------- help formatting

class HelpFormatter:
    """Lays out usage and help as CPython's HelpFormatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width

    def _fill_text(self, text, width, indent):
        import textwrap
        text = " ".join(text.split())
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        text = " ".join(text.split())
        return textwrap.wrap(text, width)

    def _get_help_string(self, action):
        return action.help

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return "%s" % get(1)
        if action.nargs == OPTIONAL:
            return "[%s]" % get(1)
        if action.nargs == ZERO_OR_MORE:
            m = get(1)
            if len(m) == 2:
                return "[%s [%s ...]]" % m
            return "[%s ...]" % m
        if action.nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if action.nargs == REMAINDER:
            return "..."
        if action.nargs == PARSER:
            return "%s ..." % get(1)
        if action.nargs == SUPPRESS:
            return ""
        return " ".join(get(action.nargs))

    def _default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._default_metavar_for_optional(action))
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    def _usage_part(self, action):
        if not action.option_strings:
            part = self._format_args(action, self._default_metavar_for_positional(action))
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            args = self._format_args(action, self._default_metavar_for_optional(action))
            part = "%s %s" % (action.option_strings[0], args)
        if not action.required:
            part = "[%s]" % part
        return part

    def format_usage(self, usage, actions, groups, prefix="usage: "):
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage.replace("%(prog)s", self._prog))
        prog = self._prog
        visible = [a for a in actions if a.help is not SUPPRESS]
        optionals = [a for a in visible if a.option_strings]
        positionals = [a for a in visible if not a.option_strings]
        opt_parts = [self._usage_part(a) for a in optionals]
        pos_parts = [self._usage_part(a) for a in positionals]
        pos_parts = [p for p in pos_parts if p]
        for group in groups:
            members = [a for a in group._group_actions if a.help is not SUPPRESS]
            if len(members) > 1 and all(a in optionals for a in members):
                idx = [optionals.index(a) for a in members]
                if idx == list(range(idx[0], idx[0] + len(idx))):
                    inner = []
                    for a in members:
                        p = self._usage_part(a)
                        if p.startswith("[") and p.endswith("]") and not a.required:
                            p = p[1:-1]
                        inner.append(p)
                    joined = " | ".join(inner)
                    joined = "(%s)" % joined if group.required else "[%s]" % joined
                    opt_parts[idx[0]:idx[-1] + 1] = [joined]
                    optionals[idx[0]:idx[-1] + 1] = [None]
        text = " ".join([p for p in [prog] + opt_parts + pos_parts if p])
        text_width = self._width - self._indent_increment * 0
        if len(prefix) + len(text) > text_width:
            def get_lines(parts, indent, first_prefix=None):
                lines = []
                line = []
                line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if first_prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            text = "\n".join(lines)
        return "%s%s\n\n" % (prefix, text)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _action_lines(self, action, indent, help_position, action_max):
        lines = []
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            lines.append("%*s%s\n" % (indent, "", header))
        elif len(header) <= action_width:
            lines.append("%*s%-*s  " % (indent, "", action_width, header))
            first = True
        else:
            lines.append("%*s%s\n" % (indent, "", header))
            first = False
        if action.help:
            help_lines = self._split_lines(self._expand_help(action), help_width)
            if help_lines:
                if first:
                    lines[-1] = lines[-1] + help_lines[0] + "\n"
                    rest = help_lines[1:]
                else:
                    rest = help_lines
                for line in rest:
                    lines.append("%*s%s\n" % (help_position, "", line))
            elif first:
                lines[-1] = lines[-1].rstrip() + "\n"
        if hasattr(action, "_get_subactions"):
            for sub in action._get_subactions():
                lines.extend(self._action_lines(sub, indent + self._indent_increment,
                                                help_position, action_max))
        return lines

    def _invocation_lengths(self, action, indent):
        out = [len(self._format_action_invocation(action)) + indent]
        if hasattr(action, "_get_subactions"):
            for sub in action._get_subactions():
                out.extend(self._invocation_lengths(sub, indent + self._indent_increment))
        return out

    def format_help(self, parser):
        parts = [self.format_usage(parser.usage, parser._actions,
                                   parser._mutually_exclusive_groups)]
        if parser.description:
            parts.append(self._fill_text(parser.description, self._width, "") + "\n\n")
        sections = []
        all_actions = []
        for group in parser._action_groups:
            visible = [a for a in group._group_actions if a.help is not SUPPRESS]
            if visible or group.description:
                sections.append((group, visible))
                all_actions.extend(visible)
        action_max = 0
        for a in all_actions:
            for n in self._invocation_lengths(a, self._indent_increment):
                action_max = max(action_max, n)
        help_position = min(action_max + 2, self._max_help_position)
        for group, visible in sections:
            text = "%s:\n" % group.title if group.title else ""
            if group.description:
                text += self._fill_text(group.description, self._width,
                                        " " * self._indent_increment) + "\n\n"
            for a in visible:
                text += "".join(self._action_lines(a, self._indent_increment, help_position,
                                                   action_max))
            parts.append(text + "\n")
        if parser.epilog:
            parts.append(self._fill_text(parser.epilog, self._width, "") + "\n")
        result = "".join(parts)
        result = result.rstrip("\n") + "\n"
        return result


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                    help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _default_metavar_for_optional(self, action):
        return action.type.__name__

    def _default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- parsers

class _ActionsContainer:
    def _add_action(self, action):
        raise NotImplementedError

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            kwargs["dest"] = dest
            option_strings = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = []
            long_strings = []
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_strings.append(s)
            dest = kwargs.pop("dest", None)
            if dest is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars).replace("-", "_")
            kwargs["dest"] = dest
        action_name = kwargs.pop("action", None)
        if callable(action_name) and not isinstance(action_name, str):
            action_class = action_name
        else:
            if action_name not in _ACTIONS:
                raise ValueError("unknown action \"%s\"" % (action_name,))
            action_class = _ACTIONS[action_name]
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings, **kwargs)
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def _check_conflict(self, action):
        for s in action.option_strings:
            if s in self._option_string_actions:
                raise ArgumentError(action, "conflicting option string: %s" % s)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self._container = container
        self._group_actions = []
        self.prefix_chars = container.prefix_chars
        self.argument_default = container.argument_default
        self._defaults = container._defaults
        self._actions = container._actions
        self._action_groups = container._action_groups
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._option_string_actions = container._option_string_actions
        self.required = False

    def _add_action(self, action):
        action = self._container._add_action(action, self)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._target = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action, None)
        self._group_actions.append(action)
        return action


class ArgumentParser(_ActionsContainer):
    """Parses command-line arguments into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "gilvm"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._subparsers = None
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        if add_help:
            d = prefix_chars[0]
            if "-" in prefix_chars:
                d = "-"
            self.add_argument(d + "h", d * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action, group=False):
        if self.conflict_handler == "resolve":
            for s in action.option_strings:
                old = self._option_string_actions.get(s)
                if old is not None:
                    old.option_strings.remove(s)
                    if not old.option_strings:
                        for g in self._action_groups:
                            if old in g._group_actions:
                                g._group_actions.remove(old)
                        self._actions.remove(old)
        else:
            self._check_conflict(action)
        self._actions.append(action)
        for s in action.option_strings:
            self._option_string_actions[s] = action
        if group is False:
            group = self._optionals if action.option_strings else self._positionals
        if group is None:
            group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            groups = self._mutually_exclusive_groups
            usage = formatter.format_usage(None, positionals, groups, "")
            kwargs["prog"] = usage.strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._get_formatter().format_usage(self.usage, self._actions,
                                                  self._mutually_exclusive_groups).rstrip("\n") + "\n"

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if self.fromfile_prefix_chars is not None:
            args = self._read_args_from_files(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(namespace._UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                self.error(str(err))
            out.extend(self._read_args_from_files(
                [a for line in lines for a in self.convert_arg_line_to_args(line)]))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # -- the parse itself

    def _looks_negative(self, s):
        if len(s) < 2 or s[0] != "-":
            return False
        try:
            float(s)
            return True
        except ValueError:
            return False

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars:
            return False
        if s in self._option_string_actions:
            return True
        if len(s) == 1:
            return False
        if self._looks_negative(s) and not self._has_negative_options():
            return False
        if " " in s:
            return False
        return True

    def _has_negative_options(self):
        for s in self._option_string_actions:
            if self._looks_negative(s):
                return True
        return False

    def _find_option(self, arg):
        """(action, option_string, explicit_arg) for an option token, or raises."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg:
            name, value = arg.split("=", 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, value
        chars = self.prefix_chars
        if len(arg) > 2 and arg[1] not in chars:
            # -xVALUE or -xyz (flags together)
            short = arg[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg[2:]
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            name = arg.split("=", 1)[0]
            value = arg.split("=", 1)[1] if "=" in arg else None
            matches = [s for s in self._option_string_actions if s.startswith(name)]
            if len(matches) == 1:
                return self._option_string_actions[matches[0]], matches[0], value
            if len(matches) > 1:
                self.error("ambiguous option: %s could match %s" % (name, ", ".join(matches)))
        return None, arg, None

    def _get_value(self, action, s):
        type_func = action.type
        if type_func is None:
            return s
        if isinstance(type_func, str):
            raise ValueError("%r is not callable" % (type_func,))
        try:
            return type_func(s)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, s))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            strings = [s for s in strings if s != "--"] if strings != ["--"] else strings
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_choice(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            self._check_choice(action, value) if False else None
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_choice(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._get_value(action, v) for v in strings]
        if action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_choice(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, v) for v in strings]
        for v in value:
            self._check_choice(action, v)
        return value

    def _nargs_range(self, action):
        n = action.nargs
        if n is None:
            return 1, 1
        if n == OPTIONAL:
            return 0, 1
        if n == ZERO_OR_MORE:
            return 0, None
        if n == ONE_OR_MORE:
            return 1, None
        if n in (REMAINDER, PARSER):
            return (1 if n == PARSER else 0), None
        return n, n

    def _nargs_error(self, action):
        n = action.nargs
        if n is None:
            return "expected one argument"
        if n == OPTIONAL:
            return "expected at most one argument"
        if n == ONE_OR_MORE:
            return "expected at least one argument"
        return "expected %d argument%s" % (n, "s" if n != 1 else "")

    def _parse_known_args(self, args, namespace):
        seen = set()
        seen_non_default = set()
        extras = []
        positional_strings = []
        positionals = [a for a in self._actions if not a.option_strings]
        parser_index = None
        for k, a in enumerate(positionals):
            if a.nargs == PARSER:
                parser_index = k
                break
        fixed_before = 0
        if parser_index is not None:
            for a in positionals[:parser_index]:
                lo, hi = self._nargs_range(a)
                fixed_before += lo
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for a in group._group_actions:
                conflicts.setdefault(a, []).extend(x for x in group._group_actions if x is not a)

        def take(action, strings, option_string):
            for other in conflicts.get(action, ()):
                if other in seen_non_default:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _action_name(other))
            value = self._get_values(action, strings)
            seen.add(action)
            if value is not action.default:
                seen_non_default.add(action)
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        i = 0
        n = len(args)
        while i < n:
            arg = args[i]
            if arg == "--":
                positional_strings.extend(args[i + 1:])
                break
            if parser_index is not None and not self._is_option(arg) and \
                    len(positional_strings) >= fixed_before:
                positional_strings.append(args[i:])
                break
            if not self._is_option(arg):
                positional_strings.append(arg)
                i += 1
                continue
            action, option_string, explicit = self._find_option(arg)
            if action is None:
                extras.append(arg)
                i += 1
                continue
            i += 1
            lo, hi = self._nargs_range(action)
            if explicit is not None:
                if hi == 0:
                    # -vvv: flags together; or --flag=value, which is an error.
                    if option_string[1] not in self.prefix_chars and explicit:
                        take(action, [], option_string)
                        rest = "-" + explicit
                        act2, os2, exp2 = self._find_option(rest)
                        args = args[:i] + [rest] + args[i:] if act2 is not None else args
                        if act2 is None:
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                        n = len(args)
                        continue
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                take(action, [explicit], option_string)
                continue
            values = []
            while i < n and (hi is None or len(values) < hi):
                nxt = args[i]
                if nxt == "--" or self._is_option(nxt):
                    break
                values.append(nxt)
                i += 1
            if len(values) < lo:
                raise ArgumentError(action, self._nargs_error(action))
            take(action, values, option_string)
        # positionals, in order
        strings = positional_strings
        rest_after_parser = None
        if strings and isinstance(strings[-1], list):
            rest_after_parser = strings.pop()
        k = 0
        for idx, action in enumerate(positionals):
            if action.nargs == PARSER:
                if rest_after_parser is None:
                    if k < len(strings):
                        rest_after_parser = strings[k:]
                        k = len(strings)
                    else:
                        break
                take(action, rest_after_parser, None)
                rest_after_parser = []
                continue
            lo, hi = self._nargs_range(action)
            later_min = 0
            for later in positionals[idx + 1:]:
                if later.nargs == PARSER:
                    break
                later_min += self._nargs_range(later)[0]
            available = len(strings) - k - later_min
            if available < lo:
                if lo <= len(strings) - k:
                    available = lo
                else:
                    break
            count = available if hi is None else min(hi, available)
            count = max(count, lo)
            chunk = strings[k:k + count]
            k += count
            if not chunk and action.nargs in (OPTIONAL, ZERO_OR_MORE) or chunk:
                take(action, chunk, None)
        extras.extend(strings[k:])
        required = [a for a in self._actions if a.required and a not in seen]
        if required:
            names = [_action_name(a) for a in required]
            self.error("the following arguments are required: %s" % ", ".join(names))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error("one of the arguments %s is required" % " ".join(names))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and \
                    action.dest is not SUPPRESS and \
                    getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras
