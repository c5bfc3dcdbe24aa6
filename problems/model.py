"""The domain: a Pattern, a Problem, its Examples and its expected Complexity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from problems.signature import Signature

DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Example:
    """A worked example: an input (wire form), its output and why."""

    input: dict[str, Any]
    output: Any
    explanation: str = ""


@dataclass(frozen=True)
class Complexity:
    """The complexity the reference achieves, stated in the size ``n``.

    ``probe_param`` names the parameter the complexity probe grows (derived from ``n``
    when it reads ``len(x)`` or names a parameter); ``probe_sizes`` the range it walks.
    """

    time: str
    n: str
    space: str = ""
    probe_param: str | None = None
    probe_min: int = 256
    probe_max: int = 16384


@dataclass(frozen=True)
class Pattern:
    """One of the 25 patterns: its guide and the ids of its problems, in order."""

    id: str
    title: str
    order: int
    summary: str
    cues: tuple[str, ...]
    template: str
    complexity: dict[str, str]
    mistakes: tuple[str, ...]
    related: tuple[str, ...]
    path: Path
    listed: tuple[str, ...] = ()  # the guide's order of its problems (pattern.yaml `problems:`)
    detectors: tuple[dict[str, Any], ...] = ()  # which counterexamples point at which mistake (problems.mistakes)
    problem_ids: tuple[str, ...] = ()  # the problems loaded, in teaching order


@dataclass(frozen=True)
class Problem:
    """A problem: what the learner reads, and what the judge needs to test them."""

    id: str
    title: str
    pattern: str
    difficulty: str
    signature: Signature
    statement: str
    examples: tuple[Example, ...]
    constraints: tuple[str, ...]
    input_spec: dict[str, Any]
    compare: str
    hints: tuple[str, ...]
    tags: tuple[str, ...]
    yaml_path: Path
    complexity: Complexity | None = None
    mutates: str | None = None
    preserves: tuple[str, ...] = ()
    source: str = "catalog"  # "catalog" or the pack folder

    @property
    def entry(self) -> str:
        return self.signature.entry

    @property
    def signature_source(self) -> str:
        return self.signature.source

    @property
    def params(self) -> tuple[str, ...]:
        return self.signature.params

    @property
    def module_path(self) -> Path:
        """The .py beside the YAML: reference solution, oracle, optional strategies and checker."""
        return self.yaml_path.with_suffix(".py")

    @property
    def filename(self) -> str:
        """The solution file's name in a workspace: the id with '-' read as '_'."""
        return self.id.replace("-", "_") + ".py"
