"""Cores for judging many files at once, so that no probe times another.

The complexity probe reads growth from wall-clock times; two probes on one core
would slow each other down and could make an optimal solution look ``suboptimal``.
So each judging process is pinned to a core of its own (its sandboxed worker
inherits the pin), and while it probes it holds that core's lock: when there are
more judging processes than cores, the probes of the ones sharing a core take turns.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def available_cores() -> list[int]:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return list(range(os.cpu_count() or 1))


def pin_to(core: int) -> bool:
    """Run this process (and every process it starts) on one core only; False if refused."""
    try:
        os.sched_setaffinity(0, {core})
    except (AttributeError, OSError, ValueError):
        return False
    return True


def lock_path(folder: Path, core: int) -> Path:
    """The file whose lock is the right to probe on ``core``."""
    return folder / f"core-{core}.lock"


@contextmanager
def exclusive_turn(path: str | None) -> Iterator[None]:
    """Hold the lock at ``path`` (no lock when ``None``) for the length of the block."""
    if path is None:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released by the kernel too if this process dies
        yield
    finally:
        os.close(fd)
