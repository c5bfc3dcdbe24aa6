"""Load a problem's .py: the reference solution, the oracle and the optional hooks.

``<problem>.py`` defines the entry (the reference, the optimal solution), the oracle
``brute_force``, and where the YAML spec is not enough: ``inputs()`` (a Hypothesis
strategy of wire inputs), ``probe(n, rng)`` (a wire input of size n) and
``check(inputs, answer, expected)`` for problems with several right answers.
Only the catalog's own files and the packs the user named are loaded here.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Callable

from problems.errors import ContentError
from problems.model import Problem

_cache: dict[str, "Reference"] = {}


@dataclass(frozen=True)
class Reference:
    """The callables of a problem's module."""

    module: ModuleType
    solution: Callable[..., Any]
    brute_force: Callable[..., Any]
    inputs: Callable[[], Any] | None
    probe: Callable[[int, Any], dict[str, Any]] | None
    check: Callable[[dict[str, Any], Any, Any], Any] | None


def load_reference(problem: Problem) -> Reference:
    """Import the problem's module once (per process) and pick out its parts."""
    key = str(problem.module_path)
    if key in _cache:
        return _cache[key]
    path = problem.module_path
    name = "grokpat_reference_" + problem.id.replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ContentError(path, "cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except (Exception, SystemExit) as exc:  # content bug (an unguarded sys.exit() too): report it, do not crash the CLI
        sys.modules.pop(name, None)
        line = exc.lineno if isinstance(exc, SyntaxError) else _line_of(exc, str(path))
        raise ContentError(path, f"import failed: {type(exc).__name__}: {exc}", line) from None
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


def _line_of(exc: BaseException, filename: str) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
