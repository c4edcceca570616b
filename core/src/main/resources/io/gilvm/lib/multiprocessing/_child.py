"""The program a multiprocessing child runs: `gilvm run -m multiprocessing._child HOST PORT TOKEN`.

It connects back to its parent, takes its setup (sys.path, working directory, name), re-imports
the parent's main module as __mp_main__ (also installed as __main__, as CPython's spawn does),
then either runs a Process's target or serves a Pool's tasks until told to stop.
"""

import os
import sys

import _gilvm_process
import multiprocessing
from multiprocessing import connection


def _load_main(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("__mp_main__", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["__mp_main__"] = module
    sys.modules["__main__"] = module
    spec.loader.exec_module(module)


def _run_process(payload):
    import pickle
    process = pickle.loads(payload)
    code = 0
    try:
        process.run()
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            sys.stderr.write(str(e.code) + "\n")
            code = 1
    except BaseException:
        import traceback
        sys.stdout.flush()
        sys.stderr.write("Process %s:\n" % multiprocessing._state.name)
        traceback.print_exc()
        code = 1
    return code


def main():
    host, port, token = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    _gilvm_process.watch_parent()
    conn = connection.connect((host, port))
    conn.send(token)
    setup = conn.recv()
    sys.path[:] = setup["sys_path"]
    os.chdir(setup["cwd"])
    state = multiprocessing._state
    state.name = setup["name"]
    state.parent_pid = setup["parent_pid"]
    state.parent_name = setup["parent_name"]
    state.parent_conn = conn
    sys.argv[:] = [setup["main"] or ""]
    if setup["main"]:
        _load_main(setup["main"])
    if setup["role"] == "process":
        code = _run_process(setup["payload"])
    else:
        from multiprocessing import _worker
        code = _worker._worker(conn, setup["payload"])
    sys.stdout.flush()
    sys.exit(code)


main()
