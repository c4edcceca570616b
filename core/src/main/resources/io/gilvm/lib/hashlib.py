"""hashlib for gilvm: message digests computed by the JVM (java.security.MessageDigest).

The work is done by the native module _gilvm_hash, which releases the interpreter lock while
it digests an input of 2048 bytes or more, as CPython's hashlib does.
"""

import _gilvm_hash

_SIZES = {
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
    "sha3_224": (28, 144),
    "sha3_256": (32, 136),
    "sha3_384": (48, 104),
    "sha3_512": (64, 72),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ("new", "algorithms_guaranteed", "algorithms_available", "md5", "sha1", "sha224",
           "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512")


class HASH:
    """A hash object: feed it bytes with update(), read the digest with digest()/hexdigest()."""

    __slots__ = ("_state", "_name")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data, /):
        _gilvm_hash.update(self._state, data)

    def digest(self):
        return _gilvm_hash.digest(self._state)

    def hexdigest(self):
        return _gilvm_hash.digest(self._state).hex()

    def copy(self):
        return _make(self._name, _gilvm_hash.copy(self._state))

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self._name, hex(id(self)))


HASH.__module__ = "_hashlib"


def _make(name, state):
    h = object.__new__(HASH)
    h._name = name
    h._state = state
    return h


def new(name, data=b"", *, usedforsecurity=True):
    """Returns a new hash object for the algorithm called name, fed data."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    _gilvm_hash.check_input(data)
    h = _make(key, _gilvm_hash.new_state(key))
    if data:
        h.update(data)
    return h


def _constructor(algorithm):
    def construct(string=b"", *, usedforsecurity=True):
        _gilvm_hash.check_input(string)
        h = _make(algorithm, _gilvm_hash.new_state(algorithm))
        if string:
            h.update(string)
        return h
    construct.__name__ = "openssl_" + algorithm
    construct.__qualname__ = "openssl_" + algorithm
    construct.__module__ = "_hashlib"
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
