class ConfigError(Exception):
    pass

def load():
    try:
        int("seven")
    except ValueError as e:
        raise ConfigError("bad config") from e

try:
    load()
except ConfigError as e:
    print(type(e.__cause__).__name__, e.__cause__)  # expect: ValueError invalid literal for int() with base 10: 'seven'
load()
# expect stderr: ValueError: invalid literal for int() with base 10: 'seven'
# expect stderr: The above exception was the direct cause of the following exception:
# expect error: ConfigError: bad config
