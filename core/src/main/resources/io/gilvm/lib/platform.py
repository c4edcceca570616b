"""platform: the system, machine and Python implementation gilvm runs on."""

import os as _os
import sys as _sys

_uname_cache = None


class uname_result:
    """system, node, release, version, machine (and processor)."""

    def __init__(self, system, node, release, version, machine):
        self.system = system
        self.node = node
        self.release = release
        self.version = version
        self.machine = machine
        self._v = (system, node, release, version, machine)

    @property
    def processor(self):
        return ""

    def __getitem__(self, i):
        return self._v[i]

    def __iter__(self):
        return iter(self._v)

    def __len__(self):
        return 5

    def __eq__(self, other):
        return tuple(self._v) == tuple(other)

    def __repr__(self):
        return ("uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)"
                % self._v)


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = _os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ""


def architecture(executable=None, bits="", linkage=""):
    return ("64bit", "ELF")


def python_implementation():
    return "gilvm"


def python_version_tuple():
    v = _sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def python_build():
    return ("gilvm", "")


def python_compiler():
    return _sys.version.split("[", 1)[-1].rstrip("]") if "[" in _sys.version else ""


def python_branch():
    return ""


def python_revision():
    return ""


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("", "")


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return "%s-%s" % (u.system, u.release)
    return "%s-%s-%s-with-gilvm" % (u.system, u.release, u.machine)


def freedesktop_os_release():
    info = {}
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if "=" in line and not line.startswith("#"):
                        k, v = line.split("=", 1)
                        info[k] = v.strip('"')
            return info
        except OSError:
            continue
    raise OSError("no os-release file found")
