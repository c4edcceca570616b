from . import config
from .config import NAME as APP_NAME
