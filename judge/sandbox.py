"""Start the worker that runs untrusted code inside its sandbox, and make sure it ends.

The layers, each applied where the platform allows and each reported by name:

- ``python -I``, a session of its own, a scrubbed environment, a fresh temporary folder
  as cwd/HOME/TMPDIR, stdin from /dev/null;
- a guard process (``judge.guard``) that dies with the judge and takes the worker's
  whole tree with it: PID 1 of a new pid namespace, or the tree's child subreaper;
- namespaces (as root, or inside a new user namespace): pid, network (no network), mount
  (the whole file system read-only but the folder, and a private /proc);
- resource limits: address space, CPU seconds, file size, open files, processes, no core;
- a pids cgroup where one is writable (caps a fork loop even for root);
- as root: no capabilities left after exec;
- Landlock: writes only in the folder, no TCP, no signal or abstract socket outside;
- seccomp (installed by the worker before any solution code runs): no new programs,
  no sockets, no tracing, no namespaces or mounts, signals only to itself.

At the end: the guard is asked to end the tree, then SIGKILL to the process group, to
the cgroup's members and to any process that still carries this worker's token in its
environment. Folders and cgroups left by a judge that was killed outright are swept at
the next start.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from judge.limits import GUARD_ASKED_SIGNAL, Limits

TOKEN_VAR = "GROKPAT_WORKER_TOKEN"
FOLDER_PREFIX = "grokpat-judge-"
CGROUP_PREFIX = "grokpat-"
GUARD_FILE = ".guard"  # "<guard pid> <its start time> <token> <pid namespace>", written by the judge
FOREIGN_STALE_S = 24 * 3600  # a folder of a judge in another pid namespace is swept only when this old
# Tests set this to run the sandbox without its namespace layers (every promise must hold anyway).
NO_NAMESPACES_VAR = "GROKPAT_SANDBOX_NO_NAMESPACES"


CODE_ROOT = str(Path(__file__).resolve().parents[1])  # the folder that holds the judge and problems packages


def _site_dirs() -> list[str]:
    """The site-packages folders of this interpreter (a venv's too): what a solution may import."""
    import site

    try:
        return [d for d in site.getsitepackages() if os.path.isdir(d)]
    except AttributeError:  # this interpreter itself runs without the site module
        return [d for d in sys.path if d.endswith(("site-packages", "dist-packages"))]


def module_command(module: str, *args: str) -> list[str]:
    """``python -I -S`` running ``module``'s main() from this very copy of grokpat (installed
    or not). ``-S`` skips the site module, whose .pth files (editable installs, shims) cost
    tens of milliseconds at every start, twice per judgement; the site-packages folders
    are put on the path as they are, so that a solution may import what is installed
    (``sortedcontainers``, as on the interview sites)."""
    boot = f"import sys; sys.path.insert(0, {CODE_ROOT!r}); sys.path += {_site_dirs()!r}; from {module} import main; main()"
    return [sys.executable, "-I", "-S", "-c", boot, *args]


def _pids_cgroup_root() -> Path | None:
    """A writable pids cgroup hierarchy (v1 ``pids``, or v2 with the pids controller)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        return None
    v1 = Path("/sys/fs/cgroup/pids")
    if (v1 / "cgroup.procs").exists() and os.access(v1, os.W_OK):
        return v1
    v2 = Path("/sys/fs/cgroup")
    try:
        if "pids" in (v2 / "cgroup.subtree_control").read_text() and os.access(v2, os.W_OK):
            return v2
    except OSError:
        pass
    return None


class Sandbox:
    """One worker process in its own folder, behind its guard, with everything needed to end it."""

    def __init__(self, command: list[str], limits: Limits, pass_fds: tuple[int, ...]) -> None:
        sweep_stale()
        self.token = secrets.token_hex(8)
        self.folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        self.stderr_path = self.folder / ".stderr"
        self.limits = limits
        self.cgroup = self._make_cgroup()
        self.layers: list[str] = []
        self._reports = b""
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(self.folder),
            "TMPDIR": str(self.folder),
            "MALLOC_ARENA_MAX": "2",  # else each thread reserves a 64 MB arena of the address-space limit
            TOKEN_VAR: self.token,
        }
        report_r, report_w = os.pipe()
        config = {
            "parent": os.getpid(),
            "folder": str(self.folder),
            "cgroup": str(self.cgroup) if self.cgroup else None,
            "namespaces": os.environ.get(NO_NAMESPACES_VAR) != "1",
            "limits": {"memory_mb": limits.memory_mb, "cpu_seconds": limits.cpu_seconds, "file_mb": limits.file_mb,
                       "open_files": limits.open_files, "processes": limits.processes},
            "own_processes": _own_process_count() if os.geteuid() != 0 else 0,
            "report_fd": report_w,
            "worker_fds": list(pass_fds),
            "worker_argv": command[1:],
            "env": env,
        }
        try:
            with open(self.stderr_path, "wb") as stderr:
                self.process = subprocess.Popen(
                    module_command("judge.guard", json.dumps(config)),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                    cwd=self.folder,
                    env=env,
                    pass_fds=(*pass_fds, report_w),
                    close_fds=True,
                    start_new_session=True,
                )
        finally:
            os.close(report_w)
        self._report = report_r
        os.set_blocking(report_r, False)
        self.pgid = self.process.pid
        (self.folder / GUARD_FILE).write_text(f"{self.process.pid} {_start_time(self.process.pid)} {self.token} {_pid_namespace()}")

    # --- what the guard says ---------------------------------------------------------------

    def read_reports(self, wait: float = 0.0) -> list[dict[str, object]]:
        """The JSON lines the guard (and the worker before its exec) wrote so far."""
        deadline = time.monotonic() + wait
        while True:
            try:
                chunk = os.read(self._report, 65536)
            except BlockingIOError:
                chunk = None
            except OSError:
                chunk = b""
            if chunk:
                self._reports += chunk
                continue
            if chunk == b"" or time.monotonic() >= deadline:
                break
            time.sleep(0.005)
        messages = []
        for line in self._reports.splitlines():
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                messages.append(message)
        self.layers = [str(layer) for m in messages for layer in (m.get("layers") or []) if isinstance(m.get("layers"), list)]
        return messages

    def _make_cgroup(self) -> Path | None:
        root = _pids_cgroup_root()
        if root is None:
            return None
        group = root / f"{CGROUP_PREFIX}{self.token}"
        try:
            group.mkdir()
            (group / "pids.max").write_text(str(self.limits.processes + 2))  # the guard and PID 1 too
        except OSError:
            shutil.rmtree(group, ignore_errors=True)
            return None
        return group

    def stderr_tail(self, limit: int = 4000) -> str:
        try:
            data = self.stderr_path.read_bytes()
        except OSError:
            return ""
        return data[-limit:].decode("utf-8", "replace")

    def kill(self) -> None:
        """End the worker and everything it started; remove the folder and the cgroup."""
        if self.process.poll() is None:
            try:
                self.process.send_signal(GUARD_ASKED_SIGNAL)  # the guard ends the whole tree, then itself
                self.process.wait(timeout=1)
            except (subprocess.TimeoutExpired, OSError):
                pass
        for _ in range(3):
            _kill_group(self.pgid)
            if self.cgroup is not None:
                for pid in _read_pids(self.cgroup / "cgroup.procs"):
                    _kill_pid(pid)
            for pid in _pids_with_token(self.token):
                _kill_pid(pid)
            try:
                self.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                continue
            if not _pids_with_token(self.token) and not (self.cgroup and _read_pids(self.cgroup / "cgroup.procs")):
                break
            time.sleep(0.01)
        try:
            os.close(self._report)
        except OSError:
            pass
        _remove_cgroup(self.cgroup)
        shutil.rmtree(self.folder, ignore_errors=True)


# --- cleaning up after a judge that was killed outright ----------------------------------------


def sweep_stale(temp_root: Path | None = None) -> int:
    """Remove the folders (and end the processes, cgroups) of judges whose guard is gone."""
    swept = 0
    root = Path(temp_root or tempfile.gettempdir())
    try:
        folders = [p for p in root.iterdir() if p.name.startswith(FOLDER_PREFIX) and p.is_dir()]
    except OSError:
        return 0
    stale_tokens = set()
    here = _pid_namespace()
    for folder in folders:
        try:
            pid_text, started, token, *rest = (folder / GUARD_FILE).read_text().split()
            pid, namespace = int(pid_text), (rest[0] if rest else "")
        except (OSError, ValueError):
            if time.time() - _mtime(folder) < 60:
                continue  # being made right now
            pid, started, token, namespace = -1, "", "", ""
        if namespace and here and namespace != here and time.time() - _mtime(folder) < FOREIGN_STALE_S:
            continue  # a judge in another pid namespace (a container sharing /tmp): its pid means nothing here
        if pid > 0 and _start_time(pid) == started:
            continue  # its guard is alive: a judge at work
        if token:
            stale_tokens.add(token)
            for stale in _pids_with_token(token):
                _kill_pid(stale)
        shutil.rmtree(folder, ignore_errors=True)
        swept += 1
    cgroups = _pids_cgroup_root()
    if cgroups is not None:
        for group in cgroups.glob(f"{CGROUP_PREFIX}*"):
            token = group.name.removeprefix(CGROUP_PREFIX)
            if token in stale_tokens or (not _read_pids(group / "cgroup.procs") and time.time() - _mtime(group) > 60):
                _remove_cgroup(group)
    return swept


def _pid_namespace() -> str:
    """This process's pid namespace (``pid:[inode]``), or "" where it cannot be told."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return ""


def _start_time(pid: int) -> str:
    """The process's start time (field 22 of /proc/PID/stat): a pid and its start time name one process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove_cgroup(group: Path | None) -> None:
    if group is None:
        return
    for _ in range(50):
        try:
            group.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            for pid in _read_pids(group / "cgroup.procs"):
                _kill_pid(pid)
            time.sleep(0.01)


def _own_process_count() -> int:
    uid = os.getuid()
    count = 0
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count or 256


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _kill_pid(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _read_pids(path: Path) -> list[int]:
    try:
        return [int(x) for x in path.read_text().split()]
    except (OSError, ValueError):
        return []


def _pids_with_token(token: str) -> list[int]:
    """Processes whose environment carries the token: a worker's descendants, even after setsid."""
    needle = f"{TOKEN_VAR}={token}".encode()
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    me = os.getpid()
    for entry in entries:
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                if needle in fh.read():
                    found.append(int(entry))
        except OSError:
            pass
    return found
