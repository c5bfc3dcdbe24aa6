"""The worker: runs one learner's solution in a sandboxed process (``python -I -m judge.worker``).

It reads JSON requests, one per line, from the request pipe and writes JSON replies to
the reply pipe; nothing else crosses, and never pickle. Before any solution code runs
it installs its seccomp filter and sends one ``ready`` line. The solution runs on a
thread with a large stack and a high recursion limit, as interview sites allow; its
prints go to a capped buffer, never to the protocol. Requests:

- ``load``: compile and run the solution's source with the names interview sites
  provide, find the entry (a ``class Solution`` method works too), load the reference.
- ``calls``: inputs in wire form; their wire answers in order, up to the first failure
  (the error and its kind, or a call over the time limit).
- ``probe``: time the solution and the reference on one large input, interleaved,
  best of several runs, and check the solution's answer there too.

The solution shares this process, so it can break anything here: the clock, the
encoder and the pipe are taken before it loads, every reply is plain ASCII JSON, and
whatever fails after the solution has loaded is the solution's runtime error.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from json import encoder as _json_encoder
from typing import Any

from judge.limits import RECURSION_LIMIT, STACK_BYTES, STDOUT_CAP
from judge.verdict import Verdict
from problems.errors import last_frame_in

WARM_UP_CALLS = 12
LONG_CALL_S = 0.05  # a call this long is its own warm-up: it is timed from its first run
MIN_RUNS = 3  # short calls: a warm-up run, then at least two timed ones
_clock = time.perf_counter  # taken before any solution runs: monkeypatching time does not reach it
_dumps = json.JSONEncoder(ensure_ascii=True, allow_nan=False, check_circular=False, separators=(",", ":")).encode
_loads = json.JSONDecoder().decode
_escape = _json_encoder.encode_basestring_ascii  # the C escaper, for the reply of last resort


def _text(value: object) -> str:
    """``str(value)`` that cannot raise and holds no lone surrogate."""
    try:
        text = str(value)
    except BaseException:
        try:
            text = f"<{type(value).__name__} that cannot be shown>"
        except BaseException:
            text = "<an object that cannot be shown>"
    return text.encode("utf-8", "replace").decode("utf-8")


class CappedText:
    """A text sink that keeps the first STDOUT_CAP characters and counts the rest."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dropped = 0
        self.sent = 0
        self.buffer = _CappedBytes(self)

    def write(self, text: object) -> int:
        text = _text(text)
        room = STDOUT_CAP - self.size
        if room > 0:
            self.parts.append(text[:room])
            self.size += min(len(text), room)
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def take(self) -> str:
        """What was printed since the last take."""
        text = "".join(self.parts)
        new, self.sent = text[self.sent :], len(text)
        return new


class _CappedBytes:
    """``sys.stdout.buffer``: bytes written there are kept as text (invalid UTF-8 replaced)."""

    def __init__(self, sink: CappedText) -> None:
        self.sink = sink

    def write(self, data: bytes) -> int:
        self.sink.write(bytes(data).decode("utf-8", "replace"))
        return len(data)

    def flush(self) -> None:
        pass


def interview_globals() -> dict[str, Any]:
    """The names LeetCode-style solutions use without importing them."""
    import bisect
    import collections
    import functools
    import heapq
    import itertools
    import math
    import operator
    import random
    import re
    import string
    import typing
    from collections import Counter, OrderedDict, defaultdict, deque
    from functools import cache, lru_cache, reduce
    from heapq import heapify, heappop, heappush, heappushpop, heapreplace, nlargest, nsmallest
    from itertools import accumulate, combinations, permutations, product
    from math import ceil, floor, gcd, inf, sqrt

    from problems.nodes import ListNode, TreeNode

    names: dict[str, Any] = {
        "bisect": bisect, "collections": collections, "functools": functools, "heapq": heapq,
        "itertools": itertools, "math": math, "operator": operator, "random": random, "re": re,
        "string": string, "typing": typing,
        "Counter": Counter, "OrderedDict": OrderedDict, "defaultdict": defaultdict, "deque": deque,
        "cache": cache, "lru_cache": lru_cache, "reduce": reduce,
        "heapify": heapify, "heappop": heappop, "heappush": heappush, "heappushpop": heappushpop,
        "heapreplace": heapreplace, "nlargest": nlargest, "nsmallest": nsmallest,
        "accumulate": accumulate, "combinations": combinations, "permutations": permutations, "product": product,
        "ceil": ceil, "floor": floor, "gcd": gcd, "inf": inf, "sqrt": sqrt,
        "ListNode": ListNode, "TreeNode": TreeNode,
    }
    for name in ("List", "Optional", "Dict", "Set", "Tuple", "Deque", "Any", "Union", "Callable", "Iterable", "Iterator"):
        names[name] = getattr(typing, name)
    try:
        from sortedcontainers import SortedDict, SortedList, SortedSet

        names.update(SortedList=SortedList, SortedDict=SortedDict, SortedSet=SortedSet)
    except ImportError:
        pass
    return names


def describe(exc: BaseException, filename: str) -> str:
    """``ZeroDivisionError: division by zero (line 7, in solve)``: the learner's own frame."""
    try:
        frame = last_frame_in(exc, filename)
    except BaseException:
        frame = None
    where = f" (line {frame[0]}, in {_text(frame[1])})" if frame else ""
    if isinstance(exc, SystemExit):
        message = f"{_text(repr(exc.code)) if _safe_repr(exc.code) else '?'}: the solution called sys.exit()"
    elif isinstance(exc, KeyboardInterrupt):
        message = "the solution raised KeyboardInterrupt"
    else:
        message = _text(exc)
    name = _text(type(exc).__name__)
    text = f"{name}: {message}" if message else name
    return text[:2000] + where


def _safe_repr(value: object) -> bool:
    try:
        repr(value)
        return True
    except BaseException:
        return False


def error_kind(exc: BaseException) -> str:
    return str(Verdict.MEMORY_LIMIT if isinstance(exc, MemoryError) else Verdict.RUNTIME_ERROR)


def failed(kind: Verdict, error: str) -> dict[str, Any]:
    return {"status": "error", "kind": str(kind), "error": error}


class Worker:
    """The state of one worker: the loaded solution, the reference, the captured prints."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.out = CappedText()
        self.filename = "<solution>"
        self.spec: Any = None
        self.solution: Callable[..., Any] | None = None
        self.reference: Callable[..., Any] | None = None
        self.checker: Any = None
        self.compare_mode = "exact"
        self.warmed = False  # Python specialises a function only after a few calls
        self.loaded = False  # from here on, a failure in this process is the solution's doing

    def reply(self, message: dict[str, Any]) -> None:
        message["out"] = self.out.take()
        if self.out.dropped:
            message["dropped"] = self.out.dropped
        try:
            data = (_dumps(message) + "\n").encode("ascii")
        except BaseException as exc:
            data = self.last_resort(f"the reply could not be encoded: {_text(type(exc).__name__)}")
        self.writer(data)

    @staticmethod
    def last_resort(error: str) -> bytes:
        return b'{"status":"error","kind":"runtime_error","error":' + _escape(error).encode("ascii") + b"}\n"

    # --- requests ---------------------------------------------------------------------

    def load(self, request: dict[str, Any]) -> dict[str, Any]:
        from problems.calling import CallSpec

        self.spec = CallSpec.from_json(request["spec"])
        self.filename = request["filename"]
        self.compare_mode = request.get("compare", "exact")
        if request.get("reference"):
            self._load_reference(request["reference"])  # before the solution: it cannot tamper with it
        module = types.ModuleType("solution")
        provided = interview_globals()
        module.__dict__.update(provided)
        module.__file__ = self.filename
        sys.modules["solution"] = module
        try:
            code = compile(request["source"], self.filename, "exec")
        except (SyntaxError, ValueError) as exc:
            line = getattr(exc, "lineno", None)
            return failed(Verdict.COMPILE_ERROR, f"{type(exc).__name__}: {_text(getattr(exc, 'msg', exc))}" + (f" (line {line})" if line else ""))
        self.loaded = True
        try:
            exec(code, module.__dict__)
        except BaseException as exc:
            return failed(Verdict.COMPILE_ERROR, "the file does not import: " + describe(exc, self.filename))
        self.solution = self._entry(module.__dict__, self.spec.entry, provided)
        if self.solution is None:
            kind = "class" if self.spec.kind == "class" else "function"
            message = f"the file defines no {kind} {self.spec.entry}"
            host = module.__dict__.get("Solution")
            if isinstance(host, type):
                methods = [m for m in vars(host) if callable(getattr(host, m)) and not m.startswith("_")]
                if methods:
                    message += f" (class Solution has {', '.join(methods)}: name the method {self.spec.entry})"
            return failed(Verdict.COMPILE_ERROR, message)
        return {"status": "ok"}

    def _entry(self, names: dict[str, Any], entry: str, provided: dict[str, Any]) -> Callable[..., Any] | None:
        target = names.get(entry)
        if callable(target) and not (entry in provided and target is provided[entry]):
            return target  # the solution's own (a name the judge provides, like permutations, is not)
        host = names.get("Solution")  # pasted from an interview site: class Solution: def entry(self, ...)
        if isinstance(host, type) and callable(getattr(host, entry, None)):
            return lambda *args: getattr(host(), entry)(*args)
        return None

    def _load_reference(self, ref: dict[str, Any]) -> None:
        from problems.reference import import_module_from

        module = import_module_from(ref["path"], "grokpat_reference")
        self.reference = getattr(module, self.spec.entry)
        self.checker = getattr(module, "check", None)

    def calls(self, request: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The solution on several inputs, in order, each on its own fresh arguments: one reply
        line per input as soon as it is answered, up to the first failure. One request for
        many cases, while the judge works out the expected answers at the same time."""
        for wire_input in request["inputs"]:
            result = self.call_one(wire_input)
            if "kind" in result:
                yield {"status": "error", **result}
                return
            yield {"status": "ok", **result}

    def call_one(self, wire_input: Any) -> dict[str, Any]:
        from problems.calling import CallFailed, NotANode, changed_inputs, invoke, prepare
        from problems.wire import WireError, encode

        assert self.solution is not None
        args = prepare(self.spec, wire_input)
        started = _clock()
        try:
            raw = invoke(self.spec, self.solution, args)
            seconds = _clock() - started
            answer = encode(raw)
            _dumps(answer)
            changed = changed_inputs(self.spec, args, wire_input)
        except NotANode as exc:
            return {"answer": exc.wire, "not_a_node": exc.message, "changed": [], "seconds": _clock() - started}
        except CallFailed as exc:
            return {"kind": error_kind(exc.error), "error": f"operation {exc.call_index}: " + describe(exc.error, self.filename)}
        except WireError as exc:
            return {"kind": str(Verdict.RUNTIME_ERROR), "error": f"the answer cannot be compared: {_text(exc)}"}
        except MemoryError:
            return {"kind": str(Verdict.MEMORY_LIMIT), "error": "MemoryError"}
        except BaseException as exc:
            return {"kind": error_kind(exc), "error": describe(exc, self.filename)}
        return {"answer": answer, "changed": changed, "seconds": max(0.0, seconds)}

    def warm_up(self, fn: Callable[..., Any], text: str) -> None:
        """Bring a function to speed before its first timing (imports, caches, first-call
        costs); a call long enough to be its own warm-up ends it."""
        from problems.calling import invoke, prepare

        for _ in range(WARM_UP_CALLS - 1):
            t0 = _clock()
            try:
                invoke(self.spec, fn, prepare(self.spec, _loads(text)))
            except BaseException:
                break
            if _clock() - t0 >= LONG_CALL_S:
                break

    def probe(self, request: dict[str, Any]) -> dict[str, Any]:
        """Best-of-several timings of solution and reference on one input, interleaved."""
        from problems.calling import CallFailed, invoke, prepare
        from problems.compare import compare, compare_calls
        from problems.wire import encode

        assert self.solution is not None and self.reference is not None
        text = _dumps(request["input"])
        repeats, budget = int(request.get("repeats", 5)), float(request.get("budget", 1.0))
        best = {"solution": float("inf"), "reference": float("inf")}
        answers: dict[str, Any] = {}
        warm_up = not self.warmed  # the first (smallest) size: bring both to speed before timing
        self.warmed = True
        timed = {"solution": 0, "reference": 0}
        started = _clock()
        gc.collect()
        gc.disable()
        try:
            for run in range(repeats):
                for name, fn in (("solution", self.solution), ("reference", self.reference)):
                    args = prepare(self.spec, _loads(text))
                    t0 = _clock()
                    try:
                        raw = invoke(self.spec, fn, args)
                    except CallFailed as exc:
                        if name == "reference":
                            raise
                        return {"status": "error", "kind": error_kind(exc.error), "error": describe(exc.error, self.filename)}
                    except BaseException as exc:
                        if name == "reference":
                            raise
                        return {"status": "error", "kind": error_kind(exc), "error": describe(exc, self.filename)}
                    elapsed = _clock() - t0
                    if run == 0:
                        answers[name] = encode(raw)
                        if warm_up and elapsed < LONG_CALL_S:
                            warming = _clock()
                            self.warm_up(fn, text)
                            started += _clock() - warming  # not spent on this size's timings
                    if run > 0 or elapsed >= LONG_CALL_S:  # a short first run is a warm-up
                        best[name] = min(best[name], elapsed)
                        timed[name] += 1
                over_budget = _clock() - started > budget
                if over_budget and (run + 1 >= MIN_RUNS or best["solution"] >= LONG_CALL_S):
                    break  # a slow solution is timed once or twice, not three times
                if timed["solution"] >= MIN_RUNS and best["solution"] >= LONG_CALL_S:
                    break  # long calls vary by a few percent: three timings of each are enough
            # the reference is fast where the solution is slow: time it as often as asked
            topped_up = _clock()
            while timed["reference"] < repeats and (timed["reference"] == 0 or _clock() - topped_up < budget / 4):
                args = prepare(self.spec, _loads(text))
                t0 = _clock()
                invoke(self.spec, self.reference, args)
                best["reference"] = min(best["reference"], _clock() - t0)
                timed["reference"] += 1
        finally:
            gc.enable()
        inputs = _loads(text)
        if self.spec.kind == "class":
            why = compare_calls(self.compare_mode, answers["reference"], answers["solution"], inputs["operations"])
        else:
            why = compare(self.compare_mode, answers["reference"], answers["solution"], inputs, self.checker)
        return {"status": "ok", "solution": best["solution"], "reference": best["reference"], "wrong": why}


def serve(reader: Any, writer: Callable[[bytes], Any]) -> None:
    worker = Worker(writer)
    sys.stdout = sys.stderr = worker.out  # a text sink in place of the file
    handlers: dict[str, Callable[[dict[str, Any]], Any]] = {"load": worker.load, "calls": worker.calls, "probe": worker.probe}
    for line in reader:
        try:
            request = _loads(line.decode("utf-8"))
            op = request.get("op")
        except BaseException:
            writer(Worker.last_resort("the request could not be read"))
            continue
        if op == "exit":
            break
        try:
            answer = handlers[op](request)
            for reply in [answer] if isinstance(answer, dict) else answer:
                worker.reply(reply)
            continue
        except MemoryError:
            reply = failed(Verdict.MEMORY_LIMIT, "MemoryError")
        except BaseException as exc:
            if worker.loaded:  # the solution is in this process: what broke here, it broke
                reply = failed(Verdict.RUNTIME_ERROR, "the solution broke the judge's worker: " + describe(exc, worker.filename))
            else:
                import traceback

                reply = {"status": "error", "kind": "internal", "error": "".join(traceback.format_exception(exc))[-3000:]}
        worker.reply(reply)


def main() -> None:
    for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGXCPU):  # Python ignores some at start-up
        signal.signal(sig, signal.SIG_DFL)
    reader = os.fdopen(int(sys.argv[1]), "rb")
    reply_fd = int(sys.argv[2])
    from judge import confine

    layers = ["seccomp"] if confine.seccomp(os.getpid()) else []

    def write(data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(reply_fd, view) :]

    write((_dumps({"status": "ready", "layers": layers}) + "\n").encode("ascii"))
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(STACK_BYTES)
    thread = threading.Thread(target=serve, args=(reader, write), name="solution", daemon=True)
    thread.start()
    # Only the solution thread gets the large stack: threads the solution starts itself get
    # the default one, or a second 512 MB stack would not fit the address-space limit.
    threading.stack_size(0)
    thread.join()
    os._exit(0)  # never wait for threads the solution left running


if __name__ == "__main__":
    main()
