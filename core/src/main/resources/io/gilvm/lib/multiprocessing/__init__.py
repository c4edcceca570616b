"""multiprocessing for gilvm: real child processes, each a JVM running gilvm.

Each child has its own interpreter and its own lock (of the parent's strategy), as CPython's
processes do. Children start as with CPython's 'spawn' method (the only one): a child re-imports
the main module as __mp_main__, so the `if __name__ == "__main__":` guard matters; targets,
arguments and results cross by pickling over a loopback socket to the parent.

Children never outlive the parent: at exit the parent joins its non-daemon processes and
terminates daemon ones and pools, and whatever is left when the program ends (an exception, an
interrupt) is killed; a child whose parent process disappears halts.

Provided: Process (start, join, is_alive, exitcode, terminate, kill, pid, name, daemon), Pool
(see multiprocessing.pool), Queue and SimpleQueue between processes, cpu_count,
current_process, parent_process, active_children, get_context/get_start_method/
set_start_method ('spawn' only), freeze_support, TimeoutError.
"""

import atexit
import os
import pickle
import sys
import _thread
import _gilvm_process as _proc

from multiprocessing import connection as _connection

__all__ = ["Process", "Pool", "Queue", "SimpleQueue", "cpu_count", "current_process",
           "parent_process", "active_children", "get_context", "get_start_method",
           "set_start_method", "get_all_start_methods", "freeze_support", "TimeoutError",
           "ProcessError", "AuthenticationError", "BufferTooShort"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs the machine has (NotImplementedError if unknown, as CPython)."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def freeze_support():
    """Does nothing: gilvm's children are never frozen executables."""


_start_method = None


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = "spawn"
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if method is None:
        _start_method = None
        return
    if method not in ("spawn",):
        raise ValueError("cannot find context for %r" % (method,))
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    _start_method = method


def get_all_start_methods():
    return ["spawn"]


def get_context(method=None):
    if method is not None and method not in ("spawn",):
        raise ValueError("cannot find context for %r" % (method,))
    return sys.modules[__name__]


# ------------------------------------------------------------------ the current process


class _State:
    """What this process knows about its place among processes."""
    parent_conn = None       # the connection to the parent, in a child
    parent_lock = _thread.allocate_lock()
    name = "MainProcess"
    parent_pid = None
    parent_name = None


_state = _State()
_children = set()
class _Counter:
    """itertools.count's next() under a lock (imported by every child, so kept small)."""

    def __init__(self):
        self._n = 0
        self._lock = _thread.allocate_lock()

    def __next__(self):
        with self._lock:
            self._n += 1
            return self._n


_counter = _Counter()


class _ProcessInfo:
    def __init__(self, name, pid, parent):
        self.name = name
        self.pid = pid
        self._parent = parent
        self.daemon = False
        self.authkey = b""

    @property
    def ident(self):
        return self.pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_ProcessInfo name=%r parent=%r started>" % (self.name, self._parent)


def current_process():
    """The object describing this process (its name is 'MainProcess' in the parent)."""
    return _CurrentProcess(_state.name, os.getpid())


def _CurrentProcess(name, pid):
    p = _ProcessInfo(name, pid, _state.parent_pid)
    p.__class__ = _ProcessView
    return p


class _ProcessView(_ProcessInfo):
    def __repr__(self):
        if self.name == "MainProcess":
            return "<_MainProcess name='MainProcess' parent=None started>"
        return "<Process name=%r parent=%d started>" % (self.name, self._parent or 0)


def parent_process():
    if _state.parent_conn is None:
        return None
    return _ProcessInfo(_state.parent_name or "MainProcess", _state.parent_pid, None)


def active_children():
    """The children still running (joining those that ended)."""
    for p in list(_children):
        if not p.is_alive():
            _children.discard(p)
    return list(_children)


# ------------------------------------------------------------------ starting children


def _main_path():
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None or getattr(main, "__spec__", None) is not None and path.endswith("_child.py"):
        return None
    return os.path.abspath(path)


def _spawn_children(names, role, payload):
    """Starts one child per name and returns [(handle, conn)] once each has connected back and
    imported the main module. payload is bytes (already pickled) sent with the setup data."""
    listener = _connection.Listener()
    try:
        host, port = listener.address
        tokens = [os.urandom(8).hex() for _ in names]
        base = _proc.child_command()
        env = os.environ.copy()
        sys_path, main, cwd = list(sys.path), _main_path(), os.getcwd()
        handles = []
        try:
            for token in tokens:
                cmd = base + ["-m", "multiprocessing._child", host, str(port), token]
                handles.append(_proc.spawn(cmd, None, env, "devnull", "inherit", "inherit", True))
            byToken = {}
            waited = 0.0
            while len(byToken) < len(tokens):
                try:
                    conn = listener.accept(timeout=0.5)
                except OSError:
                    waited += 0.5
                    for h in handles:
                        if not _proc.alive(h):
                            raise ProcessError("a child process exited with status %s before "
                                               "it started" % _proc.poll(h))
                    if waited > 300:
                        raise ProcessError("child processes did not start within 300 s")
                    continue
                token = conn.recv()
                if token not in tokens or token in byToken:
                    conn.close()
                    continue
                name = names[tokens.index(token)]
                # Each child gets its setup as soon as it connects, so that it imports the main
                # module while the others are still starting.
                conn.send({"sys_path": sys_path, "main": main, "cwd": cwd, "name": name,
                           "role": role, "parent_pid": os.getpid(),
                           "parent_name": _state.name, "payload": payload})
                byToken[token] = conn
            return [(h, byToken[token]) for token, h in zip(tokens, handles)]
        except BaseException:
            for h in handles:
                _proc.signal(h, 9)
                _proc.wait(h, None)
            raise
    finally:
        listener.close()


# Queue registry: a Queue lives in the process that made it; children reach it through their
# connection to it.
_queues = {}
_queue_ids = _Counter()
_sharing = _thread._local()


def _serve_request(conn, msg):
    """Answers a child's request on conn (a Queue operation); msg is ('q', op, qid, args)."""
    _, op, qid, args = msg
    q = _queues.get(qid)
    try:
        if q is None:
            raise OSError("the queue is gone")
        if op == "put":
            q._q.put(*args)
            value = None
        elif op == "get":
            value = q._q.get(*args)
        elif op == "qsize":
            value = q._q.qsize()
        elif op == "empty":
            value = q._q.empty()
        elif op == "full":
            value = q._q.full()
        else:
            raise ValueError(op)
        reply = ("ok", value)
    except BaseException as e:
        reply = ("err", e)
    conn.send(reply)


def _ask_parent(op, qid, args):
    conn = _state.parent_conn
    with _state.parent_lock:
        conn.send(("q", op, qid, args))
        kind, value = conn.recv()
    if kind == "err":
        raise value
    return value


class Queue:
    """A FIFO queue shared between processes (put, get, qsize, empty, full, close)."""

    def __init__(self, maxsize=0, *, ctx=None):
        import queue
        self._qid = (os.getpid(), next(_queue_ids))
        self._q = queue.Queue(maxsize)
        self._local = True
        _queues[self._qid] = self

    def __reduce__(self):
        if not getattr(_sharing, "on", False):
            raise RuntimeError("Queue objects should only be shared between processes through "
                               "inheritance")
        return (_rebuild_queue, (self._qid,))

    def _call(self, op, *args):
        if self._local:
            return getattr(self._q, op)(*args)
        return _ask_parent(op, self._qid, args)

    def put(self, obj, block=True, timeout=None):
        if self._local:
            self._q.put(obj, block, timeout)
        else:
            # Pickled here, so an unpicklable item fails in the putting process.
            _ask_parent("put", self._qid, (obj, block, timeout))

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._local:
            return self._q.get(block, timeout)
        return _ask_parent("get", self._qid, (block, timeout))

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._call("qsize")

    def empty(self):
        return self._call("empty")

    def full(self):
        return self._call("full")

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


SimpleQueue = Queue


def _rebuild_queue(qid):
    q = _queues.get(qid)
    if q is not None:
        return q
    q = object.__new__(Queue)
    q._qid = qid
    q._q = None
    q._local = False
    return q


class Process:
    """A child process that runs target(*args, **kwargs) (or the run() of a subclass)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._number = next(_counter)
        self._name = name or "Process-%d" % self._number
        self._daemon = daemon if daemon is not None else False
        self._handle = None
        self._conn = None
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._handle is not None:
            raise AssertionError("process has already started")
        self._daemon = bool(value)

    @property
    def pid(self):
        return None if self._handle is None else _proc.pid(self._handle)

    ident = pid

    @property
    def exitcode(self):
        if self._handle is None:
            return None
        if self._exitcode is None:
            self._exitcode = _proc.poll(self._handle)
        return self._exitcode

    def start(self):
        if self._handle is not None:
            raise AssertionError("cannot start a process twice")
        if self._closed:
            raise ValueError("process object is closed")
        _sharing.on = True
        try:
            payload = pickle.dumps(self, pickle.HIGHEST_PROTOCOL)
        finally:
            _sharing.on = False
        [(handle, conn)] = _spawn_children([self._name], "process", payload)
        self._handle = handle
        self._conn = conn
        _children.add(self)
        import threading
        t = threading.Thread(target=self._serve, name="serve " + self._name, daemon=True)
        t.start()

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_handle"] = None
        state["_conn"] = None
        return state

    def _serve(self):
        conn = self._conn
        try:
            while True:
                msg = conn.recv()
                if msg[0] == "q":
                    _serve_request(conn, msg)
        except (EOFError, OSError):
            pass
        finally:
            conn.close()

    def join(self, timeout=None):
        if self._handle is None:
            raise AssertionError("can only join a started process")
        rc = _proc.wait(self._handle, timeout)
        if rc is not None:
            self._exitcode = rc
            _children.discard(self)

    def is_alive(self):
        if self._handle is None:
            return False
        return _proc.alive(self._handle)

    def terminate(self):
        if self._handle is not None:
            _proc.signal(self._handle, 15)

    def kill(self):
        if self._handle is not None:
            _proc.signal(self._handle, 9)

    def close(self):
        if self._handle is not None and _proc.alive(self._handle):
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def __repr__(self):
        if self._handle is None:
            status = "initial"
        elif self.exitcode is None:
            status = "started"
        else:
            status = "stopped"
        s = "<%s name=%r" % (type(self).__name__, self._name)
        if self._handle is not None and status != "stopped":
            s += " pid=%d parent=%d" % (self.pid, os.getpid())
        s += " " + status
        if status == "stopped" and self.exitcode is not None:
            s += " exitcode=%s" % self.exitcode
        if self._daemon:
            s += " daemon"
        return s + ">"


def _at_exit():
    """As CPython's parent at exit: daemon children terminated, the others joined."""
    for p in list(_children):
        if p._daemon:
            p.terminate()
    for p in list(_children):
        if p._handle is not None:
            _proc.wait(p._handle, None)
    _children.clear()


atexit.register(_at_exit)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (see multiprocessing.pool.Pool)."""
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


# In the parent, classes and functions of the main module may come back from a child named
# __mp_main__ (the name the child imported it under).
if _state.parent_conn is None and "__main__" in sys.modules:
    sys.modules.setdefault("__mp_main__", sys.modules["__main__"])
