from .engine import run
