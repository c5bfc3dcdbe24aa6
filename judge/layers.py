"""The sandbox's layers by name, and the promises they keep together.

A promise of the README holds when any one of its groups of layers was applied
(layers stack: where several groups apply, each alone would do). ``judge`` reports
the layers applied to every worker; ``grokpat doctor`` and the judge's warning read
the promises from them.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from judge import confine

LAYERS = {
    "own-session": "the worker has its own session and process group",
    "pids-cgroup": "a pids cgroup caps the number of processes (root only)",
    "user-namespace": "a user namespace, so that the other namespaces work without root",
    "pid-namespace": "a pid namespace: PID 1 is a reaper; nothing inside sees or signals the outside",
    "network-namespace": "a network namespace with no interface but loopback",
    "mount-namespace": "a private mount namespace",
    "private-proc": "a /proc that shows the sandbox's processes only",
    "read-only-root": "the whole file system mounted read-only but the worker's folder",
    "subreaper": "the guard adopts every orphan of the worker's tree (when there is no pid namespace)",
    "rlimits": "limits on memory, CPU time, file size, open files and processes",
    "no-capabilities": "root keeps no capability after exec",
    "landlock-fs": "Landlock: writes only in the worker's folder (kernel 5.13+, ABI 1)",
    "landlock-net": "Landlock: no TCP bind or connect (ABI 4, kernel 6.7+)",
    "landlock-scope": "Landlock: no signal and no abstract socket outside the sandbox (ABI 6, kernel 6.12+)",
    "seccomp": "seccomp: no new programs, sockets, tracing, namespaces or mounts; signals only to itself",
}

PROMISES: dict[str, tuple[frozenset[str], ...]] = {
    "no network": (frozenset({"network-namespace"}), frozenset({"seccomp"})),
    "no writes outside the worker's folder": (frozenset({"read-only-root"}), frozenset({"landlock-fs"})),
    "no signal or trace reaches outside the sandbox": (frozenset({"pid-namespace"}), frozenset({"landlock-scope"}), frozenset({"seccomp"})),
    "nothing the solution starts outlives the judge": (frozenset({"pid-namespace"}), frozenset({"subreaper"})),
    "limits on memory, CPU time and files": (frozenset({"rlimits"}),),
}


def kept(layers: list[str] | set[str]) -> dict[str, bool]:
    """Each promise, and whether the layers applied keep it."""
    have = set(layers)
    return {promise: any(group <= have for group in groups) for promise, groups in PROMISES.items()}


def broken(layers: list[str] | set[str]) -> list[str]:
    return [promise for promise, ok in kept(layers).items() if not ok]


def why_missing(layer: str) -> str:
    """A best guess at why a layer is not there on this machine."""
    if sys.platform != "linux":
        return f"not Linux ({sys.platform})"
    if layer == "user-namespace" and os.geteuid() == 0:
        return "not needed: running as root"
    if layer in ("user-namespace", "pid-namespace", "network-namespace", "mount-namespace", "private-proc", "read-only-root"):
        if os.environ.get("GROKPAT_SANDBOX_NO_NAMESPACES") == "1":
            return "turned off (GROKPAT_SANDBOX_NO_NAMESPACES=1)"
        limit = _read("/proc/sys/user/max_user_namespaces")
        if limit == "0":
            return "user namespaces are disabled (user.max_user_namespaces = 0)"
        if _read("/proc/sys/kernel/unprivileged_userns_clone") == "0":
            return "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = 0)"
        if _read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == "1":
            return "AppArmor restricts unprivileged user namespaces"
        return "unshare() was refused (a container without the privilege?)"
    if layer == "pids-cgroup":
        return "needs root and a writable pids cgroup"
    if layer == "no-capabilities":
        return "not root: there are no capabilities to drop"
    if layer.startswith("landlock"):
        abi = confine.landlock_abi()
        need = {"landlock-fs": 1, "landlock-net": 4, "landlock-scope": 6}[layer]
        return f"this kernel's Landlock ABI is {abi}, {need} is needed" if abi else "Landlock is not enabled in this kernel (lsm=landlock)"
    if layer == "seccomp":
        return "seccomp filters are written for x86_64 and aarch64" if not confine.seccomp_available() else "the filter was refused"
    if layer == "subreaper":
        return "there is a pid namespace (the reaper is PID 1)"
    return "not applied"


def machine() -> dict[str, str]:
    return {"python": platform.python_version(), "platform": platform.platform(), "machine": platform.machine(), "kernel": platform.release()}


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None
