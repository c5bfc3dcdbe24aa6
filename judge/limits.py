"""What one worker may use, and the constants the judge and its worker share."""

from __future__ import annotations

import signal

MB = 1024 * 1024
STACK_BYTES = 512 * MB  # the solution thread's stack: deep recursion works as on interview sites
RECURSION_LIMIT = 200_000
STDOUT_CAP = 16 * 1024  # characters of the solution's prints kept
MAX_REPLY_BYTES = 64 * MB  # a reply longer than this is the solution's runtime error
# The judge, alive, asks the guard to end the worker with this (judge.guard); any other
# signal tells the guard that the judge is gone and it must clean up after it.
GUARD_ASKED_SIGNAL = signal.SIGUSR1


class Limits:
    """Resource limits of one worker. (A plain class: the guard imports this module at every
    judgement's start, where ``dataclasses`` alone would cost it some 13 ms.)"""

    __slots__ = ("memory_mb", "cpu_seconds", "file_mb", "open_files", "processes")

    def __init__(self, memory_mb: int = 512, cpu_seconds: int = 120, file_mb: int = 16, open_files: int = 64, processes: int = 32) -> None:
        self.memory_mb = memory_mb  # heap, on top of the interpreter and the solution thread's stack
        self.cpu_seconds = cpu_seconds  # for the worker's whole life (the wall clock limits each call)
        self.file_mb = file_mb
        self.open_files = open_files
        self.processes = processes

    def __repr__(self) -> str:
        return "Limits(" + ", ".join(f"{name}={getattr(self, name)}" for name in self.__slots__) + ")"
