"""A process told to stop: one flag that every judge in it reads.

A signal handler stops the program by raising (``KeyboardInterrupt``, ``SystemExit``),
but Python ignores an exception raised inside a garbage-collector callback, and
Hypothesis installs one: a stop that lands during a collection would be lost, and the
judge would wait out a sleeping solution's whole time limit. So the handlers also set
``STOP``, and the code that waits (for the worker, for a file to change) polls it.
"""

from __future__ import annotations

import threading

STOP = threading.Event()


class Cancelled(BaseException):
    """The judgement was cancelled (a BaseException: nothing on the way may take it for a failure)."""


def request_stop() -> None:
    """Called from a signal handler: every worker of this process is killed at its next poll."""
    STOP.set()


def stop_requested() -> bool:
    return STOP.is_set()
