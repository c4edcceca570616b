import re
import textwrap

DOC = """# Project Notes

Welcome to the **notes** for the _spring_ release. See [the site](http://example.invalid) for more.

## Goals

- Ship the `parser` rewrite
- Improve **error messages**
  - especially for _nested_ blocks
- Write docs

## Steps

1. Freeze the API
2. Run the `full` test suite
3. Tag and release

> Quotes are indented and wrapped when they run long, which this one certainly does because it keeps going on and on.

```
code blocks stay   exactly   as they are
    including indentation
```

---

Final paragraph with a very long line that needs to be wrapped to a narrow width so that the output looks tidy in a terminal window.
"""


def inline(text):
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text)
    text = re.sub(r"_(.+?)_", r"/\1/", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", text)
    return text


def convert(md, width=50):
    out = []
    in_code = False
    links = []
    for line in md.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("  | " + line)
            continue
        for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", line):
            links.append(m.group(2))
        if m := re.match(r"^(#+)\s+(.*)", line):
            level = len(m.group(1))
            title = inline(m.group(2))
            out.append(title.upper() if level == 1 else title)
            out.append(("=" if level == 1 else "-") * len(title))
        elif m := re.match(r"^(\s*)[-*]\s+(.*)", line):
            depth = len(m.group(1)) // 2
            bullet = "*o"[depth % 2]
            out.append("  " * depth + f"{bullet} " + inline(m.group(2)))
        elif m := re.match(r"^(\d+)\.\s+(.*)", line):
            out.append(f"{int(m.group(1)):>2}) " + inline(m.group(2)))
        elif line.startswith(">"):
            wrapped = textwrap.wrap(inline(line[1:].strip()), width - 4)
            out.extend("    " + w for w in wrapped)
        elif line.strip() == "---":
            out.append("~" * width)
        elif not line.strip():
            if out and out[-1] != "":
                out.append("")
        else:
            out.extend(textwrap.wrap(inline(line), width))
    return "\n".join(out).strip(), links


text, links = convert(DOC)
print(text)
print()
print("links:", links)
print("word count:", len(text.split()))
print(textwrap.fill("short demo of textwrap fill with indent", width=20, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("""
    dedented
      block
    """).strip())
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
