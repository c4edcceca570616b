"""struct: values packed into bytes and back by format strings (CPython 3.11's API).

The packing itself is Java (_struct): byte orders @ = < > !, every format character, native
sizes and alignment of x86-64 Linux, and CPython's error messages.
"""

from _struct import error, calcsize, pack, unpack, _unpack_at

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


def _place(verb, size, offset, length):
    # The start of a pack or unpack of size bytes at offset in a buffer of length bytes.
    if offset < 0:
        if offset + size > 0:
            if verb == "pack":
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
        if offset + length < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, length))
        offset += length
    if length - offset < size:
        if verb == "pack":
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, length))
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, length))
    return offset


def _nbytes(buffer):
    # The size in bytes of a bytes-like object (an array's items may be wider than a byte).
    return len(buffer) * getattr(buffer, "itemsize", 1)


def _index(offset):
    if not isinstance(offset, int):
        offset = offset.__index__()
    return offset


def pack_into(format, buffer, offset, /, *values):
    """Packs the values into the writable buffer at offset."""
    data = pack(format, *values)
    if isinstance(buffer, (bytes, str)) or not hasattr(buffer, "__setitem__"):
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)
    start = _place("pack", len(data), _index(offset), len(buffer))
    buffer[start:start + len(data)] = data


def unpack_from(format, /, buffer, offset=0):
    """The values packed in buffer at offset (the buffer may be longer)."""
    size = calcsize(format)
    start = _place("unpack", size, _index(offset), _nbytes(buffer))
    return _unpack_at(format, buffer, start)


def iter_unpack(format, buffer):
    """An iterator over the successive packings of format filling buffer."""
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if _nbytes(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return _iterate(format, bytes(buffer), size)


def _iterate(format, data, size):
    for start in range(0, len(data), size):
        yield _unpack_at(format, data, start)


class Struct:
    """A compiled format: Struct(format).pack(...), .unpack(buffer), .size, .format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
