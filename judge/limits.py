"""What one worker may use, and the constants the judge and its worker share."""

from __future__ import annotations

import signal
from dataclasses import dataclass

MB = 1024 * 1024
STACK_BYTES = 512 * MB  # the solution thread's stack: deep recursion works as on interview sites
RECURSION_LIMIT = 200_000
STDOUT_CAP = 16 * 1024  # characters of the solution's prints kept
MAX_REPLY_BYTES = 64 * MB  # a reply longer than this is the solution's runtime error
# The judge, alive, asks the guard to end the worker with this (judge.guard); any other
# signal tells the guard that the judge is gone and it must clean up after it.
GUARD_ASKED_SIGNAL = signal.SIGUSR1


@dataclass(frozen=True)
class Limits:
    """Resource limits of one worker."""

    memory_mb: int = 512  # heap, on top of the interpreter and the solution thread's stack
    cpu_seconds: int = 120  # for the worker's whole life (the wall clock limits each call)
    file_mb: int = 16
    open_files: int = 64
    processes: int = 32
