"""``grokpat doctor``: what the sandbox can enforce on this machine, and where things live."""

from __future__ import annotations

from typing import Any

from grokpat.paths import data_dir, editor, workspace_dir
from judge.client import WorkerClient
from judge.layers import LAYERS, broken, kept, machine, why_missing
from judge.limits import Limits
from problems.calling import CallSpec

PROBE_SOURCE = "def probe():\n    return 1\n"


def applied_layers() -> tuple[list[str], str | None]:
    """Start a real worker, as the judge does, and read the layers it got (or why it did not start)."""
    load = {"op": "load", "source": PROBE_SOURCE, "filename": "<doctor>", "spec": CallSpec("function", "probe").to_json()}
    with WorkerClient(Limits(), load) as worker:
        started = worker.start()
        return list(worker.layers), None if started.ok else (started.error or "the worker did not start")


def diagnose() -> dict[str, Any]:
    """Everything ``doctor`` reports, as data (its ``--json`` form)."""
    layers, failure = applied_layers()
    return {
        **machine(),
        "worker": "ok" if failure is None else failure,
        "layers": [{"id": name, "what": what, "applied": name in layers, "why_not": None if name in layers else why_missing(name)} for name, what in LAYERS.items()],
        "promises": kept(layers),
        "broken_promises": broken(layers),
        "data_dir": str(data_dir()),
        "workspace": str(workspace_dir().resolve()),
        "editor": editor(),
    }
