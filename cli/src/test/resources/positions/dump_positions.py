# Prints, for each file named on the command line, the span of every expression node of its
# syntax tree, one "line col end_line end_col" per line (columns in characters), after a
# "== FILE" header. The oracle for NodePositionsTest.
import ast
import sys


def char_col(lines, line, byte_col):
    return len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))


for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        source = f.read()
    lines = source.splitlines()
    print("== " + name)
    spans = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.expr) and node.end_lineno is not None:
            spans.add((node.lineno, char_col(lines, node.lineno, node.col_offset),
                       node.end_lineno, char_col(lines, node.end_lineno, node.end_col_offset)))
    for s in sorted(spans):
        print(*s)
