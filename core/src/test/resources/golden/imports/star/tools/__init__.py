__all__ = ["hammer", "VERSION"]
VERSION = 2
