"""Helpers for the benchmark scripts: best-of-N wall time of a command."""

from __future__ import annotations

import os
import subprocess
import time


def best_time(command: list[str], repeats: int = 7, **kwargs) -> float:
    """The best wall time of ``repeats`` runs (the least disturbed one)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best


def grokpat_command() -> list[str]:
    """The installed console script, run with this interpreter (no shell shim in between)."""
    import shutil
    import sys

    script = shutil.which("grokpat")
    return [sys.executable, script] if script else [sys.executable, "-m", "grokpat"]


def quiet_env() -> dict[str, str]:
    """The environment a learner's shell has: no colour codes, and bytecode cached as usual
    (a sandbox's PYTHONDONTWRITEBYTECODE would make every start compile grokpat again)."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
