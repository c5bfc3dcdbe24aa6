"""Linux confinement primitives, each a best-effort layer that says whether it took.

Namespaces (user, pid, network, mount), a read-only root with one writable folder,
dropped capabilities, Landlock (file system, TCP, signal and abstract-socket scoping)
and a seccomp filter, all through ``ctypes`` on the C library: nothing to install.
Every function returns True when the layer is in place, False (never an exception)
when this kernel or these privileges refuse it; the caller records which took.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import struct
import sys

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 2, 4, 8, 4096, 16384, 1 << 18
SYS_MOUNT_SETATTR = 442  # the same number on every Linux architecture (added after the unification)
SYS_LANDLOCK_CREATE_RULESET, SYS_LANDLOCK_ADD_RULE, SYS_LANDLOCK_RESTRICT_SELF = 444, 445, 446
AT_FDCWD = -100
AT_RECURSIVE = 0x8000
MOUNT_ATTR_RDONLY = 1
PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_CAP_AMBIENT = 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
SECCOMP_MODE_FILTER = 2
SECURE_NOROOT_LOCKED = 0b11 | 0b1100 | 0b11000000  # NOROOT, NO_SETUID_FIXUP, NO_CAP_AMBIENT_RAISE, each locked


class _MountAttr(ctypes.Structure):
    _fields_ = [("attr_set", ctypes.c_uint64), ("attr_clr", ctypes.c_uint64), ("propagation", ctypes.c_uint64), ("userns_fd", ctypes.c_uint64)]


_LIBC: ctypes.CDLL | None = None


def libc() -> ctypes.CDLL | None:
    global _LIBC
    if _LIBC is None and sys.platform == "linux":
        try:
            _LIBC = ctypes.CDLL(None, use_errno=True)
        except OSError:
            return None
    return _LIBC


def _call(name: str, *args: object) -> bool:
    lib = libc()
    return lib is not None and getattr(lib, name)(*args) == 0


def write_file(path: str, text: str) -> bool:
    try:
        with open(path, "w") as fh:
            fh.write(text)
        return True
    except OSError:
        return False


# --- processes -----------------------------------------------------------------------------


def die_with_parent(sig: int) -> bool:
    """Get ``sig`` when the parent (thread) that started this process dies."""
    return _call("prctl", PR_SET_PDEATHSIG, sig, 0, 0, 0)


def adopt_orphans() -> bool:
    """Become the child subreaper: the descendants orphaned below this process are its children."""
    return _call("prctl", PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def children_of(pid: int) -> list[int]:
    """The live children of ``pid`` (read from /proc; works for a subreaper's adopted orphans)."""
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                if int(fields[1]) == pid and fields[0] != b"Z":
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


# --- namespaces and mounts ------------------------------------------------------------------


def unshare(pid: bool, network: bool, mounts: bool) -> list[str]:
    """Enter new namespaces (a new user namespace first when not root); the ones that took."""
    flags = (CLONE_NEWPID if pid else 0) | (CLONE_NEWNET if network else 0) | (CLONE_NEWNS if mounts else 0)
    if not flags:
        return []
    lib = libc()
    if lib is None:
        return []
    taken = []
    if os.geteuid() != 0:
        uid, gid = os.getuid(), os.getgid()
        if lib.unshare(flags | CLONE_NEWUSER) != 0:
            return []
        write_file("/proc/self/setgroups", "deny")
        write_file("/proc/self/uid_map", f"{uid} {uid} 1")
        write_file("/proc/self/gid_map", f"{gid} {gid} 1")
        taken.append("user-namespace")
    elif lib.unshare(flags) != 0:
        return []
    taken += [name for flag, name in ((CLONE_NEWPID, "pid-namespace"), (CLONE_NEWNET, "network-namespace"), (CLONE_NEWNS, "mount-namespace")) if flags & flag]
    return taken


def read_only_root(folder: str) -> bool:
    """(In a new mount namespace) the whole file system read-only, ``folder`` writable."""
    lib = libc()
    if lib is None or lib.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return False
    ro = _MountAttr(MOUNT_ATTR_RDONLY, 0, 0, 0)
    if lib.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, b"/", AT_RECURSIVE, ctypes.byref(ro), ctypes.sizeof(ro)) != 0:
        return False
    where = folder.encode()
    rw = _MountAttr(0, MOUNT_ATTR_RDONLY, 0, 0)
    if lib.mount(where, where, None, MS_BIND, None) != 0:
        return False
    if lib.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, where, 0, ctypes.byref(rw), ctypes.sizeof(rw)) != 0:
        return False
    os.chdir(folder)  # the cwd still points into the read-only mount under the new bind mount
    return True


def fresh_proc() -> bool:
    """(As PID 1 of a new pid namespace, in a new mount namespace) a /proc that shows only it."""
    lib = libc()
    return lib is not None and lib.mount(b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None) == 0


# --- privileges and resources ---------------------------------------------------------------


def drop_capabilities() -> bool:
    """Root keeps its uid (the interpreter may live in root's 0700 home) but no capability.

    With CAP_SYS_ADMIN the solution could clear the read-only flag set on the mounts and
    write anywhere, or leave the pids cgroup: after ``exec`` it has none. Empty the
    bounding and ambient sets and set SECBIT_NOROOT (locked), so that exec as uid 0
    grants nothing.
    """
    lib = libc()
    if lib is None:
        return False
    for cap in range(64):
        if lib.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == errno.EINVAL:
            break  # past the last capability this kernel knows
    lib.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    return lib.prctl(PR_SET_SECUREBITS, SECURE_NOROOT_LOCKED, 0, 0, 0) == 0


def no_new_privileges() -> bool:
    """setuid programs grant nothing from here on (and Landlock and seccomp need it)."""
    return _call("prctl", PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def set_limit(kind: int, soft: int, hard: int | None = None) -> bool:
    try:
        _, old_hard = resource.getrlimit(kind)
        hard = soft if hard is None else hard
        if old_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, old_hard), min(hard, old_hard)
        resource.setrlimit(kind, (soft, hard))
        return True
    except (ValueError, OSError):
        return False


# --- Landlock -------------------------------------------------------------------------------

FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_ABI1 = (1 << 13) - 1  # execute .. make_sym
FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1


def landlock_abi() -> int:
    """The Landlock ABI version of this kernel (0: none)."""
    lib = libc()
    if lib is None:
        return 0
    version = lib.syscall(SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(1))
    return max(0, int(version))


def landlock(folder: str) -> list[str]:
    """Write only in ``folder``, no TCP, no signal or abstract socket outside: the parts that took."""
    abi = landlock_abi()
    lib = libc()
    if abi < 1 or lib is None:
        return []
    fs = FS_ABI1 | (FS_REFER if abi >= 2 else 0) | (FS_TRUNCATE if abi >= 3 else 0) | (FS_IOCTL_DEV if abi >= 5 else 0)
    net = (NET_BIND_TCP | NET_CONNECT_TCP) if abi >= 4 else 0
    scoped = (SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL) if abi >= 6 else 0
    attr = struct.pack("QQQ", fs, net, scoped)
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    buf = ctypes.create_string_buffer(attr[:size], size)
    ruleset = lib.syscall(SYS_LANDLOCK_CREATE_RULESET, buf, ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        return []
    try:
        read_only = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
        for path, rights in (("/", read_only), (folder, fs)):
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            try:
                rule = ctypes.create_string_buffer(struct.pack("=Qi", rights, fd), 12)
                if lib.syscall(SYS_LANDLOCK_ADD_RULE, ruleset, 1, rule, 0) != 0:
                    return []
            finally:
                os.close(fd)
        if not no_new_privileges() or lib.syscall(SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            return []
    finally:
        os.close(ruleset)
    return ["landlock-fs"] + (["landlock-net"] if net else []) + (["landlock-scope"] if scoped else [])


# --- seccomp --------------------------------------------------------------------------------

# (audit arch, syscall numbers) per machine
_ARCH = {
    "x86_64": (0xC000003E, {"kill": 62, "tkill": 200, "tgkill": 234, "ptrace": 101, "socket": 41, "execve": 59, "execveat": 322,
                            "process_vm_readv": 310, "process_vm_writev": 311, "unshare": 272, "setns": 308, "mount": 165,
                            "umount2": 166, "pivot_root": 155, "bpf": 321, "pidfd_send_signal": 424, "pidfd_open": 434, "pidfd_getfd": 438}),
    "aarch64": (0xC00000B7, {"kill": 129, "tkill": 130, "tgkill": 131, "ptrace": 117, "socket": 198, "execve": 221, "execveat": 281,
                             "process_vm_readv": 270, "process_vm_writev": 271, "unshare": 97, "setns": 268, "mount": 40,
                             "umount2": 39, "pivot_root": 41, "bpf": 280, "pidfd_send_signal": 424, "pidfd_open": 434, "pidfd_getfd": 438}),
}
DENIED = ("ptrace", "socket", "execve", "execveat", "process_vm_readv", "process_vm_writev", "unshare", "setns", "mount",
          "umount2", "pivot_root", "bpf", "tkill", "pidfd_send_signal", "pidfd_open", "pidfd_getfd")
_LD_W_ABS, _JMP_JEQ_K, _JMP_JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO = 0x7FFF0000, 0x00050000
_NR, _ARCH_OFF, _ARG0, _ARG1 = 0, 4, 16, 24  # offsets in struct seccomp_data (low words on little endian)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def seccomp_available() -> bool:
    return os.uname().machine in _ARCH and sys.byteorder == "little" and libc() is not None


def seccomp(own_pid: int) -> bool:
    """Deny what a solution never needs and what reaches outside: new programs, sockets,
    tracing, namespaces and mounts, and signals to any process but this one (``own_pid``)
    or its own group. Denied calls fail with EPERM."""
    if not seccomp_available():
        return False
    audit_arch, nr = _ARCH[os.uname().machine]
    deny = SECCOMP_RET_ERRNO | errno.EPERM
    code: list[tuple[int, int, int, int]] = [
        (_LD_W_ABS, 0, 0, _ARCH_OFF),
        (_JMP_JEQ_K, 1, 0, audit_arch),
        (_RET_K, 0, 0, deny),
        (_LD_W_ABS, 0, 0, _NR),
        (_JMP_JGE_K, 0, 1, 0x40000000),  # the x32 ABI: another set of numbers, deny it all
        (_RET_K, 0, 0, deny),
    ]
    for name in DENIED:
        code += [(_JMP_JEQ_K, 0, 1, nr[name]), (_RET_K, 0, 0, deny)]
    # kill(pid, sig) and tgkill(tgid, tid, sig): only this process, or its group (0, -pid)
    own, group = own_pid & 0xFFFFFFFF, (-own_pid) & 0xFFFFFFFF
    for name in ("kill", "tgkill"):
        code += [
            (_JMP_JEQ_K, 0, 6, nr[name]),
            (_LD_W_ABS, 0, 0, _ARG0),
            (_JMP_JEQ_K, 3, 0, own),
            (_JMP_JEQ_K, 2, 0, 0) if name == "kill" else (_JMP_JEQ_K, 2, 0, own),
            (_JMP_JEQ_K, 1, 0, group) if name == "kill" else (_JMP_JEQ_K, 1, 0, own),
            (_RET_K, 0, 0, deny),
            (_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        ]
    code.append((_RET_K, 0, 0, SECCOMP_RET_ALLOW))
    program = b"".join(struct.pack("HBBI", op, jt, jf, k) for op, jt, jf, k in code)
    buf = ctypes.create_string_buffer(program, len(program))
    prog = _SockFprog(len(code), ctypes.cast(buf, ctypes.c_void_p))
    lib = libc()
    return lib is not None and no_new_privileges() and lib.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) == 0


def cgroup_join(group: str | None) -> bool:
    return group is not None and write_file(os.path.join(group, "cgroup.procs"), str(os.getpid()))
