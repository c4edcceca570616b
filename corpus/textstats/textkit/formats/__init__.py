from .plain import as_plain
from .jsonish import as_json

FORMATS = {"plain": as_plain, "json": as_json}
