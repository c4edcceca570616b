"""What a pool's worker process runs (kept apart from multiprocessing.pool, so that a worker
imports only what serving tasks needs): the task loop and the helpers tasks are made of."""

import pickle


class MaybeEncodingError(Exception):
    """A worker's result (or exception) that could not be pickled."""

    __module__ = "multiprocessing.pool"

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _mapstar(args):
    return list(map(*args))


def _starmapstar(args):
    func, items = args
    return [func(*a) for a in items]


def _apply_star(args):
    func, a, kw = args
    return [func(*a, **kw)]


def _worker(conn, payload):
    """Serves tasks on conn until told to stop; returns the exit status."""
    if payload is not None:
        initializer, initargs = pickle.loads(payload)
        if initializer is not None:
            initializer(*initargs)
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return 0
        if msg is None:
            return 0
        job, index, data = msg
        try:
            func, args = pickle.loads(data)
            result = (True, func(args))
        except BaseException as e:
            import traceback
            text = ('\n"""\n' + "".join(traceback.format_exception(type(e), e, e.__traceback__))
                    + '"""')
            result = (False, (e, text))
        try:
            reply = pickle.dumps(("r", job, index, result), pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1] if result[0] else result[1][0])
            reply = pickle.dumps(("r", job, index, (False, (wrapped, ""))),
                                 pickle.HIGHEST_PROTOCOL)
        conn.send_bytes(reply)
