# A library package that only the tests ship: the import system's view of gilvm's own library.
from . import sub
from .sub import VALUE as FROM_SUB
