"""The probe's walk, started while the judge draws its inputs.

Drawing a few hundred inputs with Hypothesis keeps the judge busy for a few tenths of
a second after the worker is up, and the worker would sit idle. When the worker has a
core of its own, a thread waits for it to load the solution and then walks the probe
(``judge.probe.run_probe``) there, recording each measurement, until the inputs are
drawn. Once the cases have passed, the judge walks the probe again: the walk is a
function of its measurements, so it asks for the same sizes in the same order, and
the recording answers them (``Recording.replay``) until it runs out.

The walk ahead pauses at a slow size (the cases must not wait long for the worker)
and before any second pass over a size (``judge.probe.confirm``), and each of its
measurements is marked ``overlapped``: one that would count against the solution is
measured again, with the judge idle, before it does.
"""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections import deque

from judge.client import Outcome, WorkerClient
from judge.stopping import Cancelled
from judge.errors import JudgeError
from judge.probe import Measure, Measurement, Stop, run_probe

AHEAD_CALL_S = 0.02  # pause after a size whose solution call took this long
WAIT_S = 0.25  # once the inputs are drawn, how long the cases wait for a size being measured
# Hypothesis's drawing holds the GIL for up to a third of a second at the default switch
# interval (5 ms), starving this thread; at 1 ms it waits a few milliseconds at most.
SWITCH_INTERVAL_S = 0.001


class _Paused(Exception):
    """Ends the walk ahead; the judge's own walk goes on from the recording."""


class Recording:
    """Measurements in the order the walk asked for them, answered again in that order."""

    def __init__(self, measure: Measure) -> None:
        self.measure = measure
        self.entries: deque[tuple[int, Measurement | Stop]] = deque()

    def replay(self, n: int, quiet: bool) -> Measurement | Stop:
        """The walk's measure: the next recorded answer when it is for this size, else a new one."""
        if self.entries and self.entries[0][0] == n:
            return self.entries.popleft()[1]
        self.entries.clear()
        return self.measure(n, quiet)


class ProbeAhead(threading.Thread):
    """Finish the worker's start, then walk the probe until ``stop()``."""

    def __init__(self, worker: WorkerClient, recording: Recording, lo: int, hi: int) -> None:
        super().__init__(name="grokpat-probe-ahead", daemon=True)
        self.worker, self.recording, self.lo, self.hi = worker, recording, lo, hi
        self._drawn = threading.Event()
        self._seen: set[int] = set()
        self._slow = False
        self._measuring = False
        self._abandoned = False
        self._loaded: Outcome | None = None
        self._error: BaseException | None = None
        self._interval = sys.getswitchinterval()

    def start(self) -> None:
        sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL_S))
        super().start()

    def run(self) -> None:
        try:
            self._loaded = self.worker.finish_start()
            if self._loaded.ok:
                self.walk()
        except Cancelled as exc:
            if not self._abandoned:  # the user's cancel or stop: the judge's thread raises it
                self._error = exc
        except BaseException as exc:  # raised again in the judge's thread
            self._error = exc

    def walk(self) -> None:
        try:
            run_probe(self.measure, self.lo, self.hi)
        except (_Paused, JudgeError):
            pass  # a JudgeError of the walk: the judge's walk meets it again, and says it then

    def measure(self, n: int, quiet: bool) -> Measurement | Stop:
        if self._drawn.is_set() or self._slow or n in self._seen or self.worker.sandbox is None:
            # (a worker that is down is started again by the judge's own thread: a process
            # gets its parent's death signal when the thread that started it ends)
            raise _Paused
        self._seen.add(n)
        self._measuring = True
        try:
            got = self.recording.measure(n, quiet)
        finally:
            self._measuring = False
        if isinstance(got, Measurement):
            got = dataclasses.replace(got, overlapped=True)
            self._slow = got.solution >= AHEAD_CALL_S
        else:
            self._slow = got is Stop.TOO_SLOW
        self.recording.entries.append((n, got))
        return got

    def stop(self) -> None:
        """The inputs are drawn: stop after the size being measured, or, when that takes
        longer than WAIT_S, abandon it (the worker is killed, and started afresh for the cases)."""
        self._drawn.set()
        self.join(WAIT_S)
        if self.is_alive() and self._measuring:
            self._abandoned = True
            self.worker.abandon.set()
        self.join()
        self.worker.abandon.clear()
        sys.setswitchinterval(self._interval)

    def outcome(self) -> Outcome:
        """How the worker's start went (after ``stop``)."""
        if self._error is not None:
            raise self._error
        assert self._loaded is not None
        return self._loaded
