"""The judge's side of the worker: send a request, wait at most so long, read JSON back.

A reply is one JSON line; nothing the worker sends is ever unpickled or executed. When
the wall clock runs out or the worker dies, the worker is killed (its whole tree) and
the outcome says why, so the caller can restart it and go on.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from judge.sandbox import Limits, Sandbox

MAX_REPLY_BYTES = 64 * 1024 * 1024


@dataclass
class Outcome:
    """What became of one request: a reply, or why there is none."""

    status: str  # "ok" | "error" | "time_limit" | "memory_limit" | "crashed"
    reply: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    kind: str | None = None  # the verdict a failure stands for

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class WorkerClient:
    """One live worker process for one solution file."""

    def __init__(self, limits: Limits, load_request: dict[str, Any], load_timeout: float = 10.0) -> None:
        self.limits = limits
        self.load_timeout = load_timeout  # importing the solution: a hang there is a time limit too
        self.load_request = load_request
        self.sandbox: Sandbox | None = None
        self.stdout = ""
        self.dropped = 0

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> Outcome:
        """Start (or restart) the worker and load the solution."""
        self.close()
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        command = [sys.executable, "-I", "-m", "judge.worker", str(req_r), str(resp_w)]
        try:
            self.sandbox = Sandbox(command, self.limits, pass_fds=(req_r, resp_w))
        finally:
            os.close(req_r)
            os.close(resp_w)
        self._req = os.fdopen(req_w, "wb")
        self._resp = resp_r
        self._buffer = b""
        return self.request(self.load_request, timeout=self.load_timeout)

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

    def __enter__(self) -> "WorkerClient":
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
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                self.close()
                return Outcome("time_limit", error=f"no answer within {timeout:g} s", kind="time_limit")
            ready, _, _ = select.select([self._resp], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._resp, 1 << 20)
            if not chunk:
                return self._died()
            self._buffer += chunk
            if len(self._buffer) > MAX_REPLY_BYTES:
                self.close()
                return Outcome("error", error="the answer is too large", kind="runtime_error")
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            reply = json.loads(line)
        except ValueError:
            self.close()
            return Outcome("error", error="the worker sent something that is not JSON", kind="runtime_error")
        if not isinstance(reply, dict):
            self.close()
            return Outcome("error", error="the worker sent a malformed reply", kind="runtime_error")
        self._collect_output(reply)
        if reply.get("status") == "ok":
            return Outcome("ok", reply)
        kind = reply.get("kind", "runtime_error")
        if kind == "memory_limit":
            self.close()  # after a MemoryError the process is not to be trusted
        if kind == "internal":
            from judge.campaign import JudgeFailure

            raise JudgeFailure(f"the judge's worker failed: {reply.get('error')}")
        return Outcome("error", reply, str(reply.get("error")), kind)

    def _collect_output(self, reply: dict[str, Any]) -> None:
        out = reply.get("out") or ""
        room = 16 * 1024 - len(self.stdout)
        if room > 0:
            self.stdout += str(out)[:room]
        self.dropped = max(self.dropped, int(reply.get("dropped", 0) or 0))

    def _died(self) -> Outcome:
        """The worker is gone: say how (a signal, an exit) in the verdict's words."""
        assert self.sandbox is not None
        process = self.sandbox.process
        try:
            code = process.wait(timeout=2)
        except Exception:  # noqa: BLE001 - still alive but not talking: treat as a crash
            code = None
        stderr = self.sandbox.stderr_tail()
        self.close()
        if code is not None and code < 0:
            sig = -code
            name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
            if sig == signal.SIGXCPU:
                return Outcome("time_limit", error="CPU time limit exceeded (SIGXCPU)", kind="time_limit")
            if sig == signal.SIGKILL:
                return Outcome("memory_limit", error="killed by the kernel (SIGKILL), most likely for memory", kind="memory_limit")
            if sig == signal.SIGXFSZ:
                return Outcome("crashed", error="wrote more than the file-size limit (SIGXFSZ)", kind="runtime_error")
            hint = " (a recursion too deep for the C stack?)" if sig == signal.SIGSEGV else ""
            return Outcome("crashed", error=f"the process died with {name}{hint}", kind="runtime_error")
        detail = ""
        for line in stderr.strip().splitlines()[-1:]:
            detail = f": {line.strip()}"
        return Outcome("crashed", error=f"the process exited with status {code} (os._exit or a fatal error){detail}", kind="runtime_error")
