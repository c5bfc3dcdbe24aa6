"""The judge's side of the worker: send a request, wait at most so long, read JSON back.

A reply is one JSON line; nothing the worker sends is ever unpickled or executed, and
every field read from it is checked: the solution shares the worker's process and
could forge anything, so a reply that is not what the protocol says is the solution's
runtime error, never a crash of the judge. When the wall clock runs out or the worker
dies, the worker is killed (its whole tree) and the outcome says why, so the caller
can restart it and go on.
"""

from __future__ import annotations

import json
import math
import os
import select
import signal
import threading
import time
from dataclasses import dataclass, field
from collections.abc import Callable, Generator
from typing import Any

from judge.errors import JudgeError
from judge.limits import MAX_REPLY_BYTES, STDOUT_CAP, Limits
from judge.sandbox import Sandbox, module_command
from judge.stopping import Cancelled, stop_requested
from judge.verdict import Verdict

FAILURE_KINDS = {str(v) for v in Verdict if v != Verdict.ACCEPTED}
CANCEL_POLL_S = 0.05


START_TIMEOUT_S = 15.0  # the interpreter's start, before any solution code


@dataclass
class Outcome:
    """What became of one request: a reply, or the verdict its failure stands for."""

    verdict: Verdict  # ACCEPTED when the request was answered
    reply: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.verdict == Verdict.ACCEPTED


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def malformed(op: str, reply: dict[str, Any]) -> str | None:
    """Why a reply to ``op`` is not what the protocol says, or None."""
    status = reply.get("status")
    if not isinstance(reply.get("out", ""), str) or not isinstance(reply.get("dropped", 0), int):
        return "its captured output is malformed"
    if status == "error":
        if not isinstance(reply.get("error"), str) or reply.get("kind") not in FAILURE_KINDS | {"internal"}:
            return "an error reply without a known kind"
        return None
    if status != "ok":
        return f"an unknown status {status!r}"
    if op == "calls":
        if "answer" not in reply or not _number(reply.get("seconds")):
            return "an answer without its time"
        if not isinstance(reply.get("changed", []), list) or not isinstance(reply.get("not_a_node", ""), str):
            return "a malformed answer"
    elif op == "probe":
        if not (_number(reply.get("solution")) and _number(reply.get("reference"))):
            return "a timing that is not a finite, non-negative number"
        if reply.get("wrong") is not None and not isinstance(reply["wrong"], str):
            return "a malformed comparison"
    return None


class WorkerClient:
    """One live worker process for one solution file."""

    def __init__(self, limits: Limits, load_request: dict[str, Any], load_timeout: float = 10.0, cancel: threading.Event | None = None) -> None:
        self.cancel = cancel  # set from another thread: the worker is killed and Cancelled raised
        self.abandon = threading.Event()  # the same, for the judge's own use (judge.ahead): not the user's cancel
        self.limits = limits
        self.load_timeout = load_timeout  # importing the solution: a hang there is a time limit too
        self.load_request = load_request
        self.sandbox: Sandbox | None = None
        self.stdout = ""  # what the solution printed during the cases
        self.probe_stdout = ""  # ... and during the complexity probe
        self.dropped = 0
        self.layers: list[str] = []

    # --- life cycle -------------------------------------------------------------------

    def start(self, meanwhile: Callable[[], None] | None = None) -> Outcome:
        """Start (or restart) the worker and load the solution; ``meanwhile`` runs while the
        new interpreters start (work that does not need the worker)."""
        failed = self.spawn()
        if failed is not None:
            return failed
        if meanwhile is not None:
            meanwhile()
        return self.finish_start()

    def spawn(self) -> Outcome | None:
        """Start the worker's processes and queue the load request, without waiting for
        them (``finish_start`` waits); an Outcome only when the worker died at once."""
        self.close()
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        command = module_command("judge.worker", str(req_r), str(resp_w))
        try:
            self.sandbox = Sandbox(command, self.limits, pass_fds=(req_r, resp_w))
        finally:
            os.close(req_r)
            os.close(resp_w)
        self._req = os.fdopen(req_w, "wb")
        self._resp = resp_r
        self._buffer = b""
        try:  # queued now, read by the worker once it is up
            self._req.write(json.dumps(self.load_request).encode() + b"\n")
            self._req.flush()
        except OSError:
            return self._died()
        return None

    def finish_start(self) -> Outcome:
        """Wait for the worker spawned by ``spawn`` to be up and to have loaded the solution."""
        assert self.sandbox is not None
        ready = self._read_reply("ready", START_TIMEOUT_S)
        if not ready.ok:
            return ready
        worker_layers = ready.reply.get("layers")
        self.sandbox.read_reports()  # written before the worker said ready: all there
        self.layers = [*self.sandbox.layers, *(worker_layers if isinstance(worker_layers, list) else [])]
        return self._read_reply("load", self.load_timeout)

    def close(self) -> None:
        if self.sandbox is None:
            return
        try:
            self._req.close()
        except OSError:
            pass
        try:
            os.close(self._resp)
        except OSError:
            pass
        self.sandbox.kill()
        self.sandbox = None

    def __enter__(self) -> WorkerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- requests ---------------------------------------------------------------------

    def request(self, message: dict[str, Any], timeout: float) -> Outcome:
        """Send one request and wait for its reply, at most ``timeout`` seconds."""
        if self.sandbox is None:
            started = self.start()
            if not started.ok:
                return started
        try:
            self._req.write(json.dumps(message).encode() + b"\n")
            self._req.flush()
        except (BrokenPipeError, OSError):
            return self._died()
        return self._read_reply(str(message.get("op")), timeout)

    def calls(self, inputs: list[Any], time_limit: float) -> Generator[Outcome, None, None]:
        """The solution on each input, in order: one Outcome per input as the worker answers,
        each within ``time_limit``, up to the first that is not an answer (then it stops)."""
        answered = 0
        outcome = self.request({"op": "calls", "inputs": inputs}, timeout=time_limit)
        try:
            while True:
                answered += 1
                yield outcome
                if not outcome.ok or answered == len(inputs):
                    return
                outcome = self._read_reply("calls", time_limit)
        finally:
            if answered < len(inputs) and outcome.ok:
                self.close()  # left before the last answer: the rest would arrive out of turn

    def _read_reply(self, op: str, timeout: float) -> Outcome:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if stop_requested() or (self.cancel is not None and self.cancel.is_set()) or self.abandon.is_set():
                self.close()
                raise Cancelled
            if left <= 0:
                self.close()
                return Outcome(Verdict.TIME_LIMIT, error=f"no answer within {timeout:g} s")
            ready, _, _ = select.select([self._resp], [], [], min(left, CANCEL_POLL_S))
            if not ready:
                continue
            chunk = os.read(self._resp, 1 << 20)
            if not chunk:
                return self._died()
            self._buffer += chunk
            if len(self._buffer) > MAX_REPLY_BYTES:
                self.close()
                return Outcome(Verdict.RUNTIME_ERROR, error="the answer is too large")
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            reply = json.loads(line)
        except (ValueError, RecursionError):
            self.close()
            return Outcome(Verdict.RUNTIME_ERROR, error="the worker sent something that is not JSON (the solution wrote to the judge's pipe?)")
        if not isinstance(reply, dict):
            self.close()
            return Outcome(Verdict.RUNTIME_ERROR, error="the worker sent a malformed reply")
        if op == "ready":
            if reply.get("status") != "ready":
                self.close()
                return Outcome(Verdict.RUNTIME_ERROR, error="the worker did not start")
            return Outcome(Verdict.ACCEPTED, reply)
        why = malformed(op, reply)
        if why:
            self.close()
            return Outcome(Verdict.RUNTIME_ERROR, error=f"the worker's reply was malformed ({why}): did the solution tamper with the judge?")
        self._collect_output(reply, probing=op == "probe")
        if reply["status"] == "ok":
            return Outcome(Verdict.ACCEPTED, reply)
        if reply["kind"] == "internal":
            raise JudgeError(op, f"the judge's worker failed: {reply['error']}")
        verdict = Verdict(reply["kind"])
        if verdict == Verdict.MEMORY_LIMIT:
            self.close()  # after a MemoryError the process is not to be trusted
        return Outcome(verdict, reply, reply["error"])

    def _collect_output(self, reply: dict[str, Any], probing: bool) -> None:
        """Keep what the solution printed: the probe's prints apart, after the cases' (the
        probe may run first, and a learner reads the prints of the cases)."""
        out = reply.get("out") or ""
        if probing:
            self.probe_stdout += out[: STDOUT_CAP - len(self.probe_stdout)]
        else:
            self.stdout += out[: STDOUT_CAP - len(self.stdout)]
        self.dropped = max(self.dropped, int(reply.get("dropped", 0) or 0))

    @property
    def printed(self) -> str:
        """Everything the solution printed that was kept: the cases' prints, then the probe's."""
        return self.stdout + self.probe_stdout[: max(0, STDOUT_CAP - len(self.stdout))]

    def _died(self) -> Outcome:
        """The worker is gone: say how (a signal, an exit) in the verdict's words."""
        assert self.sandbox is not None
        process = self.sandbox.process
        try:
            code = process.wait(timeout=2)
        except Exception:  # still alive but not talking: treat as a crash
            code = None
        stderr = self.sandbox.stderr_tail()
        self.close()
        if code is None:
            return Outcome(Verdict.RUNTIME_ERROR, error="the worker stopped answering (did the solution close the judge's pipe?)")
        if code is not None and code < 0:
            sig = -code
            name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
            if sig == signal.SIGXCPU:
                return Outcome(Verdict.TIME_LIMIT, error="CPU time limit exceeded (SIGXCPU)")
            if sig == signal.SIGXFSZ:
                return Outcome(Verdict.RUNTIME_ERROR, error="wrote more than the file-size limit (SIGXFSZ)")
            hint = " (a recursion too deep for the C stack?)" if sig == signal.SIGSEGV else ""
            return Outcome(Verdict.RUNTIME_ERROR, error=f"the process died with {name}{hint}")
        detail = ""
        for line in stderr.strip().splitlines()[-1:]:
            detail = f": {line.strip()}"
        return Outcome(Verdict.RUNTIME_ERROR, error=f"the process exited with status {code} (os._exit or a fatal error){detail}")
