"""Load a problem's .py: the reference solution, the oracle and the optional hooks.

``<problem>.py`` defines the entry (the reference, the optimal solution), the oracle
``brute_force``, and where the YAML spec is not enough: ``inputs()`` (a Hypothesis
strategy of wire inputs), ``probe(n, rng)`` (a wire input of size n) and
``check(inputs, answer, expected)`` for problems with several right answers.

Only the catalog's own files and the packs the user named are loaded here. A pack's
module is first imported in a throwaway interpreter with a time limit
(``problems.trial_import``): a module that loops forever, calls ``os._exit`` or raises
a ``BaseException`` at import is a clear content error, never a hang, a traceback or a
silent exit of grokpat itself.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from collections.abc import Callable

from problems.errors import ContentError, last_frame_in
from problems.model import Problem

IMPORT_TIMEOUT_S = 10.0
_cache: dict[str, Reference] = {}


@dataclass(frozen=True)
class Reference:
    """The callables of a problem's module."""

    module: ModuleType
    solution: Callable[..., Any]
    brute_force: Callable[..., Any]
    inputs: Callable[[], Any] | None
    probe: Callable[[int, Any], dict[str, Any]] | None
    check: Callable[[dict[str, Any], Any, Any], Any] | None


def import_module_from(path: str | Path, name: str) -> ModuleType:
    """Import the Python file at ``path`` as module ``name`` (whatever it raises, raised)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def import_failure(exc: BaseException, path: str) -> tuple[str, int | None]:
    """The message and line of an exception raised while importing ``path``."""
    if isinstance(exc, SyntaxError):
        return f"import failed: SyntaxError: {exc.msg}", exc.lineno
    try:
        text = str(exc)
    except BaseException:
        text = ""
    frame = last_frame_in(exc, path)
    return f"import failed: {type(exc).__name__}" + (f": {text}" if text else ""), frame[0] if frame else None


def trial_import(path: Path) -> None:
    """Import ``path`` in a throwaway interpreter first; ContentError when that fails in any way."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "problems.trial_import", str(path)],
            capture_output=True,
            timeout=IMPORT_TIMEOUT_S,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise ContentError(path, f"import failed: it did not finish within {IMPORT_TIMEOUT_S:g} s (a loop at import?)") from None
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        report = json.loads(lines[-1]) if lines else None
    except ValueError:
        report = None
    if isinstance(report, dict) and report.get("ok") is True and proc.returncode == 0:
        return
    if isinstance(report, dict) and report.get("ok") is False:
        raise ContentError(path, str(report.get("error")), report.get("line") if isinstance(report.get("line"), int) else None)
    how = f"signal {-proc.returncode}" if proc.returncode < 0 else f"status {proc.returncode}"
    raise ContentError(path, f"import failed: the module ended the interpreter ({how}; os._exit?)")


def load_reference(problem: Problem) -> Reference:
    """Import the problem's module once (per process) and pick out its parts."""
    key = str(problem.module_path)
    if key in _cache:
        return _cache[key]
    path = problem.module_path
    if problem.source != "catalog":
        trial_import(path)
    name = "grokpat_reference_" + problem.id.replace("-", "_")
    try:
        module = import_module_from(path, name)
    except (KeyboardInterrupt, GeneratorExit):
        raise
    except BaseException as exc:  # content bug (an unguarded sys.exit() too): report it, do not crash the CLI
        message, line = import_failure(exc, str(path))
        raise ContentError(path, message, line) from None
    solution = getattr(module, problem.entry, None)
    if solution is None:
        raise ContentError(path, f"defines no {problem.entry} (the reference solution)")
    brute = getattr(module, "brute_force", None)
    if brute is None:
        raise ContentError(path, "defines no brute_force (the independent oracle)")
    check = getattr(module, "check", None)
    if problem.compare == "checker" and check is None:
        raise ContentError(path, "compare is 'checker' but the module defines no check(inputs, answer, expected)")
    ref = Reference(module, solution, brute, getattr(module, "inputs", None), getattr(module, "probe", None), check)
    _cache[key] = ref
    return ref
