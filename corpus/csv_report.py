RAW = """region,rep,product,units,unit_price
North,Ann,Widget,12,3.50
North,Ann,Gadget,3,19.99
South,Bob,Widget,40,3.25
South,Bob,Gizmo,7,8.00
East,Cyd,Widget,5,3.50
East,Cyd,Gadget,11,18.50
North,Dan,Gizmo,9,8.25
South,Eve,Gadget,2,21.00
East,Cyd,Gizmo,14,7.75
West,Fay,Widget,0,3.50
West,Fay,Gadget,6,19.00
"""


def parse(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        row = dict(zip(header, values))
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        row["revenue"] = row["units"] * row["unit_price"]
        rows.append(row)
    return header, rows


def group_sum(rows, key, field="revenue"):
    totals = {}
    for r in rows:
        totals[r[key]] = totals.get(r[key], 0) + r[field]
    return totals


def table(headers, data, aligns):
    widths = [max(len(str(h)), *(len(str(row[i])) for row in data)) for i, h in enumerate(headers)]
    def fmt(cells):
        out = []
        for c, w, a in zip(cells, widths, aligns):
            out.append(str(c).rjust(w) if a == "r" else str(c).ljust(w))
        return "| " + " | ".join(out) + " |"
    sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    lines = [sep, fmt(headers), sep.replace("-", "=")]
    lines += [fmt(row) for row in data]
    lines.append(sep)
    return "\n".join(lines)


header, rows = parse(RAW)
print("columns:", header)
print("rows:", len(rows))
data = [(r["region"], r["rep"], r["product"], r["units"], f"{r['unit_price']:.2f}", f"{r['revenue']:,.2f}") for r in rows]
print(table(["Region", "Rep", "Product", "Units", "Price", "Revenue"], data, "lllrrr"))

for key in ("region", "product", "rep"):
    totals = group_sum(rows, key)
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    print(f"by {key}: " + ", ".join(f"{k}={v:.2f}" for k, v in ranked))

grand = sum(r["revenue"] for r in rows)
print(f"grand total: {grand:>12,.2f}")
best = max(rows, key=lambda r: r["revenue"])
print("best line: {rep} sold {units} {product} for {revenue:.2f}".format(**best))
units = group_sum(rows, "product", "units")
share = {k: v / sum(units.values()) for k, v in units.items()}
for k in sorted(share):
    print(f"{k:<7}{share[k]:7.1%}")
out_lines = [",".join(header + ["revenue"])]
for r in rows:
    out_lines.append(",".join(str(r[h]) for h in header) + f",{r['revenue']:.2f}")
print("\n".join(out_lines[:4]))
