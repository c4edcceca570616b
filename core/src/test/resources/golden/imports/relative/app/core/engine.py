from .. import config
from ..util.text import shout
from ..util import text as t
from . import helpers


def run():
    return shout(config.NAME) + " " + helpers.tag() + " " + t.__name__
