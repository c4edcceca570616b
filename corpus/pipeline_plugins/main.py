import importlib
import os

import plugins
import storage

RAW = [
    {"name": "ada LOVELACE", "email": " Ada@Example.org ", "age": "36"},
    {"name": "alan turing", "email": "alan@example.org", "age": "41"},
    {"name": "Ada lovelace", "email": "ada@example.org", "age": "36"},
    {"name": "grace hopper", "email": "grace@navy.mil", "age": "x"},
    {"name": "edsger dijkstra", "email": "EWD@utexas.edu", "age": 72},
    {"name": "barbara liskov", "email": "liskov@mit.edu", "age": "84"},
]


def load_plugins():
    loaded = []
    for name in plugins.AVAILABLE:
        try:
            mod = importlib.import_module(f"plugins.{name}")
        except ModuleNotFoundError as e:
            print(f"skipping plugin {name}: {e}")
            continue
        loaded.append(mod)
    return sorted(loaded, key=lambda m: m.ORDER)


def main():
    mods = load_plugins()
    print("pipeline:", " -> ".join(m.NAME for m in mods))
    records = [dict(r) for r in RAW]
    for m in mods:
        before = len(records)
        records = m.transform(records)
        print(f"  {m.NAME:10} {before} -> {len(records)} records")
    fields = ["name", "email", "age", "domain", "bracket"]
    for r in records:
        print("  ", [r[f] for f in fields])
    path = storage.write_csv(records, fields)
    back = storage.read_csv(path)
    os.remove(path)
    print("csv roundtrip rows:", len(back), "first:", back[0])
    print("file removed:", not os.path.exists(path))
    print(storage.to_text(records[:2], fields), end="")
    print("domains:", sorted(storage.counter.counts.items()))
    print(plugins.__doc__)
    again = importlib.import_module("plugins.dedupe")
    print("module cached:", again is mods[1], importlib.import_module("storage").counter is storage.counter)


if __name__ == "__main__":
    main()
