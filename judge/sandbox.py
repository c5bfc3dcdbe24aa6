"""Start the worker process that runs untrusted code, and make sure it ends.

Layers, each best-effort where the platform may refuse it (Linux gives all):
- ``python -I``, its own session and process group, a scrubbed environment, a fresh
  temporary folder as cwd/HOME/TMPDIR, stdin from /dev/null;
- resource limits: address space, CPU seconds, file size, open files, processes,
  no core dumps;
- namespaces (as root, or inside a new user namespace): no network, and the whole
  file system read-only except the temporary folder;
- a pids cgroup where one is writable (caps a fork loop even for root, and lists
  every process to kill);
- as root: no capabilities left after exec (else the solution could undo the above);
- at the end: SIGKILL to the process group, to the cgroup's members and to any
  process that still carries this worker's token in its environment.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from judge.limits import MB, STACK_BYTES, Limits

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
MS_REC = 16384
MS_PRIVATE = 1 << 18
MS_BIND = 4096
SYS_MOUNT_SETATTR = 442  # the same number on every Linux architecture
AT_FDCWD = -100
AT_RECURSIVE = 0x8000
MOUNT_ATTR_RDONLY = 1
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_NO_NEW_PRIVS = 38
PR_CAP_AMBIENT = 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
SECURE_NOROOT_LOCKED = 0b11 | 0b1100 | 0b11000000  # NOROOT, NO_SETUID_FIXUP, NO_CAP_AMBIENT_RAISE, each locked
TOKEN_VAR = "GROKPAT_WORKER_TOKEN"


class _MountAttr(ctypes.Structure):
    _fields_ = [("attr_set", ctypes.c_uint64), ("attr_clr", ctypes.c_uint64), ("propagation", ctypes.c_uint64), ("userns_fd", ctypes.c_uint64)]


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


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
    """One worker process in its own folder, with everything needed to end it."""

    def __init__(self, command: list[str], limits: Limits, pass_fds: tuple[int, ...]) -> None:
        self.token = secrets.token_hex(8)
        self.folder = Path(tempfile.mkdtemp(prefix="grokpat-judge-"))
        self.stderr_path = self.folder / ".stderr"
        self.limits = limits
        self.cgroup = self._make_cgroup()
        self.isolation: list[str] = []
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(self.folder),
            "TMPDIR": str(self.folder),
            "MALLOC_ARENA_MAX": "2",  # else each thread reserves a 64 MB arena of the address-space limit
            TOKEN_VAR: self.token,
        }
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                cwd=self.folder,
                env=env,
                pass_fds=pass_fds,
                preexec_fn=self._in_child,
                close_fds=True,
            )
        self.pgid = self.process.pid

    # --- in the child, between fork and exec -----------------------------------------

    def _in_child(self) -> None:
        os.setsid()
        if self.cgroup is not None:
            try:
                (self.cgroup / "cgroup.procs").write_text(str(os.getpid()))
            except OSError:
                pass
        self._isolate()
        lim = self.limits
        heap = lim.memory_mb * MB + STACK_BYTES + 256 * MB  # the interpreter and libraries
        _setrlimit(resource.RLIMIT_AS, heap)
        _setrlimit(resource.RLIMIT_CPU, lim.cpu_seconds, lim.cpu_seconds + 5)
        _setrlimit(resource.RLIMIT_FSIZE, lim.file_mb * MB)
        _setrlimit(resource.RLIMIT_NOFILE, lim.open_files)
        _setrlimit(resource.RLIMIT_CORE, 0)
        if os.geteuid() != 0:
            _setrlimit(resource.RLIMIT_NPROC, _own_process_count() + lim.processes)
        for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGXCPU):
            signal.signal(sig, signal.SIG_DFL)
        if os.geteuid() == 0:
            _drop_capabilities()

    def _isolate(self) -> None:
        """No network and a read-only file system but for our folder, where Linux allows."""
        libc = _libc()
        if libc is None or sys.platform != "linux":
            return
        flags = CLONE_NEWNS | CLONE_NEWNET
        if os.geteuid() != 0:
            uid, gid = os.getuid(), os.getgid()
            if libc.unshare(flags | CLONE_NEWUSER) != 0:
                return
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"{uid} {uid} 1")
            _write("/proc/self/gid_map", f"{gid} {gid} 1")
        elif libc.unshare(flags) != 0:
            return
        if libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
            return
        ro = _MountAttr(MOUNT_ATTR_RDONLY, 0, 0, 0)
        if libc.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, b"/", AT_RECURSIVE, ctypes.byref(ro), ctypes.sizeof(ro)) != 0:
            return
        folder = str(self.folder).encode()
        rw = _MountAttr(0, MOUNT_ATTR_RDONLY, 0, 0)
        if libc.mount(folder, folder, None, MS_BIND, None) == 0:
            libc.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, folder, 0, ctypes.byref(rw), ctypes.sizeof(rw))
            os.chdir(folder)  # the cwd still points into the read-only mount under the new bind mount

    # --- in the judge ------------------------------------------------------------------

    def _make_cgroup(self) -> Path | None:
        root = _pids_cgroup_root()
        if root is None:
            return None
        group = root / f"grokpat-{self.token}"
        try:
            group.mkdir()
            (group / "pids.max").write_text(str(self.limits.processes))
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
        """End the worker and everything it started; remove the folder."""
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
        if self.cgroup is not None:
            for _ in range(50):
                try:
                    self.cgroup.rmdir()
                    break
                except OSError:
                    time.sleep(0.01)
        shutil.rmtree(self.folder, ignore_errors=True)


def _setrlimit(kind: int, soft: int, hard: int | None = None) -> None:
    try:
        _, old_hard = resource.getrlimit(kind)
        hard = soft if hard is None else hard
        if old_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, old_hard), min(hard, old_hard)
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):
        pass


def _drop_capabilities() -> None:
    """Root keeps its uid (the interpreter may live in root's 0700 home) but no capability.

    With CAP_SYS_ADMIN the solution could clear the read-only flag this sandbox set on
    the mounts and write anywhere, or leave the pids cgroup: after ``exec`` it has none.
    Empty the bounding and ambient sets and set SECBIT_NOROOT (locked), so that exec as
    uid 0 grants nothing; no_new_privs keeps setuid programs from granting anything either.
    """
    libc = _libc()
    if libc is None or sys.platform != "linux":
        return
    for cap in range(64):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == errno.EINVAL:
            break  # past the last capability this kernel knows
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    libc.prctl(PR_SET_SECUREBITS, SECURE_NOROOT_LOCKED, 0, 0, 0)
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def _write(path: str, text: str) -> None:
    try:
        with open(path, "w") as fh:
            fh.write(text)
    except OSError:
        pass


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
