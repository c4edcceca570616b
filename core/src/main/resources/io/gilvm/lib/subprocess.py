"""subprocess for gilvm: run child processes (the JVM's ProcessBuilder, through _gilvm_process).

run, call, check_call, check_output, Popen (communicate, wait, poll, kill, terminate, the
stdin/stdout/stderr pipes), PIPE, DEVNULL, STDOUT, CalledProcessError and TimeoutExpired, with
CPython 3.11's behaviour and messages. Every wait, read and write releases the interpreter lock.
A child left running at exit is not killed (as in CPython); a timeout in run() kills it.
stdin, stdout and stderr may also be a file object or a descriptor number: the child reads or
writes the file from where its descriptor stands, as in CPython (a thread copies between the
child's pipe and the file, so the file's later writes follow the child's output).
"""

import os
import sys
import time
import _gilvm_process as _proc

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "run",
           "CalledProcessError", "TimeoutExpired", "SubprocessError", "CompletedProcess",
           "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run with check=True (or check_call/check_output) fails."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                name = signal.Signals(-self.returncode).name
                return "Command '%s' died with %s." % (self.cmd, name)
            except Exception:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """The Windows command line for seq (as CPython's; not used on POSIX)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs_buf.append(c)
            elif c == '"':
                result.append("\\" * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return "".join(result)


def _mode(value, name):
    if value is None:
        return "inherit"
    if value == PIPE:
        return "pipe"
    if value == DEVNULL:
        return "devnull"
    if value == STDOUT and name == "stderr":
        return "stdout"
    if isinstance(value, int):
        if value < 0:
            raise OSError(9, "Bad file descriptor")
        return "fd:%d" % value
    if value is sys.stdout or value is sys.__stdout__:
        return "fd:1"
    if value is sys.stderr or value is sys.__stderr__:
        return "fd:2"
    if value is sys.stdin or value is sys.__stdin__:
        return "fd:0"
    # A file object: the child gets its descriptor, as in CPython.
    return "fd:%d" % value.fileno()


class _Pipe:
    """A child's stdin, stdout or stderr as the parent sees it: a binary or text file."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self.closed = False

    def write(self, data):
        if self._text:
            data = data.encode(self._encoding, self._errors)
        _proc.write(self._proc, data)
        return len(data)

    def flush(self):
        pass

    def _decode(self, b):
        if self._text:
            return b.decode(self._encoding, self._errors).replace("\r\n", "\n")
        return b

    def read(self, n=-1):
        return self._decode(_proc.read(self._proc, self._which, -1 if n is None else n))

    def readline(self):
        return self._decode(_proc.readline(self._proc, self._which))

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        if not self.closed:
            self.closed = True
            if self._which == 0:
                _proc.close_stdin(self._proc)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Popen:
    """A child process. args is a sequence (program first) or, with shell=True, a string."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by gilvm")
        self.args = args
        text_mode = bool(encoding or errors or text or universal_newlines)
        self.text_mode = text_mode
        self.encoding = encoding
        self.errors = errors
        if isinstance(args, (str, bytes, os.PathLike)):
            args = [os.fsdecode(args)]
            if shell:
                args = ["/bin/sh", "-c"] + args
        else:
            args = [os.fsdecode(a) for a in args]
            if shell:
                args = ["/bin/sh", "-c"] + args
        if executable is not None:
            args[0] = os.fsdecode(executable)
        if not args:
            raise IndexError("list index out of range")
        if env is None:
            env_dict = os.environ.copy()
        else:
            env_dict = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        self._modes = (_mode(stdin, "stdin"), _mode(stdout, "stdout"), _mode(stderr, "stderr"))
        self._h = _proc.spawn(args, None if cwd is None else os.fsdecode(cwd), env_dict,
                              self._modes[0], self._modes[1], self._modes[2], False)
        self.pid = _proc.pid(self._h)
        self.returncode = None
        self.stdin = _Pipe(self._h, 0, text_mode, encoding, errors) if stdin == PIPE else None
        self.stdout = _Pipe(self._h, 1, text_mode, encoding, errors) if stdout == PIPE else None
        self.stderr = _Pipe(self._h, 2, text_mode, encoding, errors) if stderr == PIPE else None
        self._communicating = False

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _proc.poll(self._h)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        rc = _proc.wait(self._h, timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to their end, waits; returns (out, err)."""
        if self._communicating is False and input is not None and self.stdin is None:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.text_mode:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        if not self._communicating:
            self._communicating = True
            _proc.communicate(self._h, input, self.stdin is not None, self.stdout is not None,
                              self.stderr is not None)
        got = _proc.communicate_wait(self._h, timeout)
        if got is None:
            out, err = _proc.partial_output(self._h)
            raise TimeoutExpired(self.args, timeout, self._wrap(out, self.stdout),
                                 self._wrap(err, self.stderr))
        self.returncode = _proc.poll(self._h)
        out, err = got
        return self._wrap(out, self.stdout), self._wrap(err, self.stderr)

    def _wrap(self, data, pipe):
        if pipe is None:
            return None
        if self.text_mode:
            return data.decode(self.encoding or "utf-8", self.errors or "strict").replace(
                "\r\n", "\n")
        return data

    def send_signal(self, sig):
        if self.returncode is None:
            _proc.signal(self._h, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, returns a CompletedProcess (raises with check=True)."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if kwargs.get("input") is None and kwargs.get("stdin") is None:
        pass
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
