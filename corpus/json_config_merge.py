import json
import copy

DEFAULTS = json.loads("""
{
  "server": {"host": "127.0.0.1", "port": 8080, "workers": 2},
  "logging": {"level": "info", "handlers": ["console"]},
  "features": {"beta": false, "limits": {"rps": 100, "burst": 20}},
  "name": "demo"
}
""")

OVERRIDES = [
    '{"server": {"port": 9090}, "features": {"limits": {"rps": 250}}}',
    '{"logging": {"handlers": ["console", "file"], "level": "debug"}}',
    '{"features": {"beta": true, "flags": ["x", "y"]}, "name": null}',
    '{"server": {"workers": "four"}}',
    '{not valid json}',
]


def deep_merge(base, extra):
    result = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def validate(cfg):
    errors = []
    if not isinstance(cfg["server"]["port"], int):
        errors.append("server.port must be int")
    if not isinstance(cfg["server"]["workers"], int):
        errors.append(f"server.workers must be int, got {type(cfg['server']['workers']).__name__}")
    if cfg["logging"]["level"] not in ("debug", "info", "warning"):
        errors.append("bad log level")
    return errors


def flatten(d, prefix=""):
    items = []
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.extend(flatten(v, key))
        else:
            items.append((key, v))
    return items


config = DEFAULTS
for i, text in enumerate(OVERRIDES):
    try:
        patch = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"override {i}: invalid JSON ({e.msg} at pos {e.pos})")
        continue
    candidate = deep_merge(config, patch)
    errs = validate(candidate)
    if errs:
        print(f"override {i}: rejected: {'; '.join(errs)}")
        continue
    config = candidate
    print(f"override {i}: applied {sorted(patch)}")

print(json.dumps(config, indent=2, sort_keys=True))
for k, v in flatten(config):
    print(f"{k:25} = {json.dumps(v)}")
print("defaults untouched:", DEFAULTS["server"]["port"], DEFAULTS["features"]["limits"])
print(json.dumps({"a": [1, 2.5, None, True], "b": "é\n"}, ensure_ascii=True))
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}, ensure_ascii=False, separators=(",", ":")))
roundtrip = json.loads(json.dumps(config))
print(roundtrip == config)
print(json.loads('[1e3, -0.5, "\\u00e9", {"k": []}]'))
