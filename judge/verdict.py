"""Verdicts and the result of judging one file, with its stable JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACCEPTED = "accepted"
SUBOPTIMAL = "suboptimal"
WRONG_ANSWER = "wrong_answer"
RUNTIME_ERROR = "runtime_error"
TIME_LIMIT = "time_limit"
MEMORY_LIMIT = "memory_limit"
COMPILE_ERROR = "compile_error"
VERDICTS = (ACCEPTED, SUBOPTIMAL, WRONG_ANSWER, RUNTIME_ERROR, TIME_LIMIT, MEMORY_LIMIT, COMPILE_ERROR)


@dataclass(frozen=True)
class Counterexample:
    """An input on which the solution fails, the expected and the actual answer."""

    input: dict[str, Any]
    expected: Any
    actual: Any
    error: str | None = None
    reason: str | None = None  # why the answer is wrong (a type, a count, an operation)

    def to_json(self) -> dict[str, Any]:
        return {"input": self.input, "expected": self.expected, "actual": self.actual, "error": self.error, "reason": self.reason}


@dataclass(frozen=True)
class ComplexityReport:
    """What the probe measured: sizes, best times, and the growth it reads from them."""

    expected: str
    measured: str
    sizes: list[int]
    solution_s: list[float]
    reference_s: list[float]
    ratio_growth: float
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "expected": self.expected,
            "measured": self.measured,
            "n": self.sizes,
            "solution_s": [round(t, 9) for t in self.solution_s],
            "reference_s": [round(t, 9) for t in self.reference_s],
            "ratio_growth": round(self.ratio_growth, 3),
            "note": self.note,
        }


@dataclass
class JudgeResult:
    """The judgement of one file."""

    file: str
    problem: str | None
    verdict: str
    passed: int = 0
    total: int = 0
    counterexample: Counterexample | None = None
    complexity: ComplexityReport | None = None
    stdout: str = ""
    elapsed_s: float = 0.0
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        return self.verdict == ACCEPTED

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "problem": self.problem,
            "verdict": self.verdict,
            "passed": self.passed,
            "total": self.total,
            "counterexample": self.counterexample.to_json() if self.counterexample else None,
            "complexity": self.complexity.to_json() if self.complexity else None,
            "stdout": self.stdout,
            "elapsed_s": round(self.elapsed_s, 3),
            "message": self.message,
        }
