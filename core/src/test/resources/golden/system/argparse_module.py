# argparse: positionals, options, flags, type, choices, nargs, defaults, subcommands, groups;
# --help in CPython's layout; errors as "usage: ... error: ..." with exit status 2.
import argparse, sys

p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and numbers, to show how help text is wrapped at the width.", epilog="See the manual for more.")
p.add_argument("src", help="the source file")
p.add_argument("dst", nargs="?", default="out.txt", help="where to write (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=3, help="how many times")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="a tag; may repeat")
p.add_argument("-q", action="store_true", help="quiet")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--ratio", type=float, metavar="R")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--files", nargs="+")
p.add_argument("--a-very-long-option-name", help="an option whose name pushes its help to the next line")
p.print_help()
print(p.parse_args(["in.txt"]))
print(p.parse_args(["in.txt", "o", "-n", "5", "-vvv", "--mode=slow", "--tag", "x", "--tag=y", "-q", "--no-cache"]))
print(p.parse_args(["--ratio", "0.5", "in", "--pair", "1", "2", "--files", "a", "b", "-n7", "--verb"]))
ns = p.parse_args(["x", "--count", "-1"] if False else ["x", "-n", "10"])
print(ns.count + 1, ns.src, ns.dst, vars(ns)["mode"])
print(p.format_usage(), end="")

q = argparse.ArgumentParser(prog="git")
q.add_argument("--debug", action="store_true")
subs = q.add_subparsers(dest="command", help="sub-command help")
add = subs.add_parser("add", help="add files")
add.add_argument("paths", nargs="+")
add.add_argument("-f", "--force", action="store_true")
commit = subs.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
q.print_help()
print(q.parse_args(["add", "a.py", "b.py", "-f"]))
print(q.parse_args(["--debug", "commit", "-m", "msg"]))
add.print_help()

g = argparse.ArgumentParser(prog="ex")
grp = g.add_mutually_exclusive_group()
grp.add_argument("-a", action="store_true")
grp.add_argument("-b", action="store_true")
g.add_argument("nums", nargs="*", type=int)
print(g.parse_args(["-a", "1", "2"]), g.format_usage(), end="")
print(argparse.Namespace(x=1, a="s"), argparse.Namespace(x=1) == argparse.Namespace(x=1))

def attempt(parser, args):
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)

sys.stderr = sys.stdout
attempt(p, [])
attempt(p, ["x", "-n", "abc"])
attempt(p, ["x", "--mode", "medium"])
attempt(p, ["x", "y", "z"])
attempt(p, ["x", "-n"])
attempt(p, ["x", "--pair", "1"])
attempt(p, ["x", "--files"])
attempt(q, ["commit"])
attempt(q, ["push"])
attempt(g, ["-a", "-b"])
attempt(g, ["-h"])
attempt(p, ["x", "--bogus"])
sys.stderr = sys.__stderr__
p.parse_args(["--bogus", "x"])

# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: 
# expect: A tool that does things with files and numbers, to show how help text is
# expect: wrapped at the width.
# expect: 
# expect: positional arguments:
# expect:   src                   the source file
# expect:   dst                   where to write (default: out.txt)
# expect: 
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -n COUNT, --count COUNT
# expect:                         how many times
# expect:   -v, --verbose         more output
# expect:   --mode {fast,slow}
# expect:   --tag TAG             a tag; may repeat
# expect:   -q                    quiet
# expect:   --no-cache
# expect:   --ratio R
# expect:   --pair A B
# expect:   --files FILES [FILES ...]
# expect:   --a-very-long-option-name A_VERY_LONG_OPTION_NAME
# expect:                         an option whose name pushes its help to the next line
# expect: 
# expect: See the manual for more.
# expect: Namespace(src='in.txt', dst='out.txt', count=3, verbose=0, mode='fast', tag=None, q=False, cache=True, ratio=None, pair=None, files=None, a_very_long_option_name=None)
# expect: Namespace(src='in.txt', dst='o', count=5, verbose=3, mode='slow', tag=['x', 'y'], q=True, cache=False, ratio=None, pair=None, files=None, a_very_long_option_name=None)
# expect: Namespace(src='in', dst='out.txt', count=7, verbose=1, mode='fast', tag=None, q=False, cache=True, ratio=0.5, pair=['1', '2'], files=['a', 'b'], a_very_long_option_name=None)
# expect: 11 x out.txt fast
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: usage: git [-h] [--debug] {add,commit} ...
# expect: 
# expect: positional arguments:
# expect:   {add,commit}  sub-command help
# expect:     add         add files
# expect:     commit      record changes
# expect: 
# expect: options:
# expect:   -h, --help    show this help message and exit
# expect:   --debug
# expect: Namespace(debug=False, command='add', paths=['a.py', 'b.py'], force=True)
# expect: Namespace(debug=True, command='commit', message='msg')
# expect: usage: git add [-h] [-f] paths [paths ...]
# expect: 
# expect: positional arguments:
# expect:   paths
# expect: 
# expect: options:
# expect:   -h, --help   show this help message and exit
# expect:   -f, --force
# expect: Namespace(a=True, b=False, nums=[1, 2]) usage: ex [-h] [-a | -b] [nums ...]
# expect: Namespace(x=1, a='s') True
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: the following arguments are required: src
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: argument -n/--count: invalid int value: 'abc'
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: argument --mode: invalid choice: 'medium' (choose from 'fast', 'slow')
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: unrecognized arguments: z
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: argument -n/--count: expected one argument
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: argument --pair: expected 2 arguments
# expect: exit 2
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: argument --files: expected at least one argument
# expect: exit 2
# expect: usage: git commit [-h] -m MESSAGE
# expect: git commit: error: the following arguments are required: -m/--message
# expect: exit 2
# expect: usage: git [-h] [--debug] {add,commit} ...
# expect: git: error: argument command: invalid choice: 'push' (choose from 'add', 'commit')
# expect: exit 2
# expect: usage: ex [-h] [-a | -b] [nums ...]
# expect: ex: error: argument -b: not allowed with argument -a
# expect: exit 2
# expect: usage: ex [-h] [-a | -b] [nums ...]
# expect: 
# expect: positional arguments:
# expect:   nums
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   -a
# expect:   -b
# expect: exit 0
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect:             src [dst]
# expect: tool: error: unrecognized arguments: --bogus
# expect: exit 2
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr:             [--no-cache] [--ratio R] [--pair A B] [--files FILES [FILES ...]]
# expect stderr:             [--a-very-long-option-name A_VERY_LONG_OPTION_NAME]
# expect stderr:             src [dst]
# expect stderr: tool: error: unrecognized arguments: --bogus
# expect exit: 2
