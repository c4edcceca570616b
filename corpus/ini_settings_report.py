"""Parse a small INI-style settings file by hand and print a report.

Written the way a sysadmin script would be: a parser class, some
validation, then a few summaries with str methods and sorting.
"""

SAMPLE = """
; global settings
[server]
host = example.internal
port = 8080
workers = 4
debug = no

[database]
engine = postgres
host = db.internal
port = 5432
pool_size = 12
timeout = 2.5

# comment in hash style
[cache]
enabled = yes
ttl = 300
backends = redis, memcached ,  local

[paths]
root = /srv/app
logs = ${root}/logs
static = ${root}/static
uploads = ${static}/uploads
"""


class ConfigError(Exception):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


class Settings:
    TRUE_WORDS = {"yes", "true", "on", "1"}
    FALSE_WORDS = {"no", "false", "off", "0"}

    def __init__(self):
        self.sections = {}

    @classmethod
    def parse(cls, text):
        cfg = cls()
        current = None
        for lineno, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line or line[0] in ";#":
                continue
            if line.startswith("[") and line.endswith("]"):
                name = line[1:-1].strip().lower()
                if name in cfg.sections:
                    raise ConfigError(lineno, f"duplicate section {name!r}")
                current = cfg.sections[name] = {}
                continue
            if current is None:
                raise ConfigError(lineno, "value outside of a section")
            key, sep, value = line.partition("=")
            if not sep:
                raise ConfigError(lineno, f"expected key = value, got {line!r}")
            current[key.strip().lower()] = value.strip()
        return cfg

    def get(self, section, key, default=None):
        return self.sections.get(section, {}).get(key, default)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getbool(self, section, key):
        word = self.get(section, key, "").lower()
        if word in self.TRUE_WORDS:
            return True
        if word in self.FALSE_WORDS:
            return False
        raise ValueError(f"not a boolean: {word!r}")

    def getlist(self, section, key):
        return [part.strip() for part in self.get(section, key, "").split(",") if part.strip()]

    def expand(self, section):
        values = dict(self.sections[section])
        # keep substituting until nothing changes; the chain is short
        for _ in range(len(values)):
            changed = False
            for key, value in values.items():
                start = value.find("${")
                if start == -1:
                    continue
                end = value.index("}", start)
                ref = value[start + 2:end]
                values[key] = value[:start] + values[ref] + value[end + 1:]
                changed = True
            if not changed:
                break
        return values


def report(cfg):
    print("Sections:", ", ".join(sorted(cfg.sections)))
    width = max(len(k) for sec in cfg.sections.values() for k in sec)
    for name in cfg.sections:
        print(f"[{name}]")
        for key, value in sorted(cfg.sections[name].items()):
            print(f"  {key:<{width}} = {value}")
    print()
    print("server listens on %s:%d with %d workers" % (
        cfg.get("server", "host"), cfg.getint("server", "port"), cfg.getint("server", "workers")))
    print("debug mode:", cfg.getbool("server", "debug"))
    print("cache enabled:", cfg.getbool("cache", "enabled"), "backends:", cfg.getlist("cache", "backends"))
    timeout = cfg.getfloat("database", "timeout")
    print(f"db timeout {timeout}s = {timeout * 1000:.0f}ms; pool {cfg.getint('database', 'pool_size'):03d}")
    ports = {name: int(sec["port"]) for name, sec in cfg.sections.items() if "port" in sec}
    print("ports in use:", sorted(ports.items(), key=lambda kv: kv[1]))
    for key, path in cfg.expand("paths").items():
        depth = path.count("/")
        print(f"  {key:>8}: {path} (depth {depth})")


BAD_INPUTS = [
    "key = value\n",
    "[a]\nx = 1\n[a]\n",
    "[a]\njust words here\n",
]

if __name__ == "__main__":
    settings = Settings.parse(SAMPLE)
    report(settings)
    print()
    for bad in BAD_INPUTS:
        try:
            Settings.parse(bad)
        except ConfigError as exc:
            print("rejected:", exc, "| at", exc.lineno)
    try:
        settings.getbool("server", "port")
    except ValueError as exc:
        print("ValueError:", exc)
