"""The guard: the trusted process between the judge and the solution's worker.

``python -I -m judge.guard CONFIG`` is started by ``judge.sandbox.Sandbox`` in its own
session. It builds the sandbox (no preexec code runs in the judge, which may have
threads) and stays alive for the worker's whole life:

- it dies with the judge (``PR_SET_PDEATHSIG``) and, when it does, takes the worker and
  everything it started with it;
- where namespaces work it makes a new pid (and network, mount) namespace: its child
  is PID 1 there, a small reaper; when PID 1 ends, the kernel ends every process in
  the namespace, and nothing in it can signal anything outside;
- where they do not, it is the child subreaper of the worker's tree, so no descendant
  can slip away from it, and the worker's Landlock domain (signal scoping) or seccomp
  filter keeps the solution from signalling the guard, the judge or anything else;
- it reports the layers that took, as JSON lines on its report pipe, and at the end
  the worker's exit status; then it ends the same way the worker did.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time

from judge import confine
from judge.limits import GUARD_ASKED_SIGNAL, MB, STACK_BYTES

# Annotations only (postponed): the guard starts for every judgement, and importing typing,
# pathlib or dataclasses would cost it a good part of its start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_CHILD_SWEEPS = 50
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, GUARD_ASKED_SIGNAL)


def main() -> None:
    config: dict[str, Any] = json.loads(sys.argv[1])
    report = int(config["report_fd"])
    keep = [int(fd) for fd in config["worker_fds"]]

    def say(message: dict[str, Any]) -> None:
        try:
            os.write(report, (json.dumps(message) + "\n").encode())
        except OSError:
            pass

    child = 0  # the worker's side, once forked

    def stop(signum: int, frame: object) -> None:
        """End the worker's tree and remove the folder. The cgroup too, unless the judge
        asked (GUARD_ASKED_SIGNAL): it removes the cgroup itself once this guard has ended,
        for leaving a cgroup costs this process a migration of some 20 ms (a judge killed
        in between leaves an empty cgroup to the next start's sweep). Any other signal
        (the judge's death, SIGTERM from anyone) means nobody else will. Not
        ``getppid()``: when one thread of a threaded judge ends, this guard is handed to
        another thread of the same judge, with a death signal, while the judge is dying.
        So a second signal may come while this one is handled: it waits (blocked), and
        never re-enters a cleanup half done (an import of shutil half done, say)."""
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        if child:
            _end_tree(child)
        _clean_up(config, cgroup=signum != GUARD_ASKED_SIGNAL)
        os._exit(70)

    # From the first moment: a judge killed while this guard starts still gets its folder removed.
    for sig in STOP_SIGNALS:
        signal.signal(sig, stop)
    confine.die_with_parent(signal.SIGTERM)
    if os.getppid() != int(config["parent"]):
        stop(signal.SIGTERM, None)  # the judge is already gone
    confine.set_limit(resource.RLIMIT_CORE, 0)
    layers = ["own-session"]
    if config.get("cgroup") and confine.cgroup_join(config["cgroup"]):
        layers.append("pids-cgroup")
    use_namespaces = bool(config.get("namespaces", True))
    # Only the pid namespace here: the guard stays in the judge's mounts, so that it can
    # remove the folder when the judge is gone. The worker's side enters the others.
    namespaces = confine.unshare(pid=True, network=False, mounts=False) if use_namespaces else []
    layers += namespaces
    in_pid_ns = "pid-namespace" in namespaces
    if not in_pid_ns and confine.adopt_orphans():
        layers.append("subreaper")
    say({"layers": layers})
    status_r, status_w = os.pipe()
    child = os.fork()
    if child == 0:
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_DFL)
        os.close(status_r)
        more = confine.unshare(pid=False, network=True, mounts=True) if use_namespaces else []
        say({"layers": [layer for layer in more if layer not in namespaces]})
        if in_pid_ns:
            _init(config, more, keep, report, status_w, say)
        else:
            _become_worker(config, more, keep, report, status_w, say)
    os.close(status_w)
    for fd in keep:  # only the worker talks on these: its death must close them for the judge
        os.close(fd)

    status = _wait_for(child)
    if in_pid_ns:
        reported = os.read(status_r, 64).decode().strip()
        status = int(reported) if reported.lstrip("-").isdigit() else status
    _end_tree(child)
    if os.getppid() != int(config["parent"]):
        stop(signal.SIGTERM, None)  # the judge died as its worker ended
    say({"exit": status})
    _end_like(status)


def _clean_up(config: dict[str, Any], cgroup: bool = True) -> None:
    """Remove what the judge would have removed: its folder, and the cgroup."""
    import shutil

    if cgroup and config.get("cgroup"):
        group = config["cgroup"]
        confine.write_file(os.path.join(os.path.dirname(group), "cgroup.procs"), str(os.getpid()))  # step out of it first
        try:
            os.rmdir(group)
        except OSError:
            pass
    shutil.rmtree(config["folder"], ignore_errors=True)


def _init(config: dict[str, Any], namespaces: list[str], keep: list[int], report: int, status_w: int, say: Any) -> None:
    """PID 1 of the new pid namespace: start the worker, reap every orphan, end with it."""
    confine.die_with_parent(signal.SIGKILL)
    worker = os.fork()
    if worker == 0:
        _become_worker(config, namespaces, keep, report, status_w, say, proc=True)
    os.close(report)
    for fd in keep:
        os.close(fd)
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            os._exit(0)
        except InterruptedError:
            continue
        if pid == worker:
            os.write(status_w, f"{status}\n".encode())
            os._exit(0)  # the kernel now ends everything left in the namespace


def _become_worker(config: dict[str, Any], namespaces: list[str], keep: list[int], report: int, status_w: int, say: Any, proc: bool = False) -> None:
    """Apply the remaining layers to this process and exec the worker (never returns)."""
    os.close(status_w)
    try:
        confine.die_with_parent(signal.SIGKILL)
        layers: list[str] = []
        folder = config["folder"]
        if "mount-namespace" in namespaces:
            if proc and confine.fresh_proc():
                layers.append("private-proc")
            if confine.read_only_root(folder):
                layers.append("read-only-root")
        os.chdir(folder)
        limits = config["limits"]
        heap = int(limits["memory_mb"]) * MB + STACK_BYTES + 256 * MB  # the interpreter and libraries
        applied = [
            confine.set_limit(resource.RLIMIT_AS, heap),
            confine.set_limit(resource.RLIMIT_CPU, int(limits["cpu_seconds"]), int(limits["cpu_seconds"]) + 5),
            confine.set_limit(resource.RLIMIT_FSIZE, int(limits["file_mb"]) * MB),
            confine.set_limit(resource.RLIMIT_NOFILE, int(limits["open_files"])),
            confine.set_limit(resource.RLIMIT_CORE, 0),
        ]
        if os.geteuid() != 0:
            applied.append(confine.set_limit(resource.RLIMIT_NPROC, int(config["own_processes"]) + int(limits["processes"])))
        if all(applied):
            layers.append("rlimits")
        if os.geteuid() == 0 and confine.drop_capabilities():
            layers.append("no-capabilities")
        if config.get("landlock", True):
            layers += confine.landlock(folder)
        for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGXCPU, signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        say({"layers": layers})
        os.close(report)
        os.execve(sys.executable, [sys.executable, *config["worker_argv"]], config["env"])
    except BaseException as exc:
        say({"error": f"{type(exc).__name__}: {exc}"})
    os._exit(71)


def _wait_for(child: int) -> int:
    while True:
        try:
            _, status = os.waitpid(child, 0)
            return status
        except InterruptedError:
            continue
        except ChildProcessError:
            return 0


def _end_tree(child: int) -> None:
    """Kill the worker and every descendant (adopted by this subreaper), until none is left."""
    try:
        os.kill(child, signal.SIGKILL)
    except ProcessLookupError:
        pass
    me = os.getpid()
    for _ in range(MAX_CHILD_SWEEPS):
        left = confine.children_of(me)
        if not left:
            break
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in left:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.005)


def _end_like(status: int) -> None:
    """End the way the worker ended: with its exit code, or by its signal."""
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
        time.sleep(1)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 70)


if __name__ == "__main__":
    main()
