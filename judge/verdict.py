"""Verdicts and the result of judging one file, with its stable JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """What a solution gets; the value is the word in JSON and on screen."""

    ACCEPTED = "accepted"
    SUBOPTIMAL = "suboptimal"  # right answers, worse complexity
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"  # an exception, a crash, an exit
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    COMPILE_ERROR = "compile_error"  # the file does not import, or has no entry


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

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ComplexityReport:
        return cls(data["expected"], data["measured"], list(data["n"]), list(data["solution_s"]), list(data["reference_s"]), float(data["ratio_growth"]), data.get("note", ""))


@dataclass
class JudgeResult:
    """The judgement of one file."""

    file: str
    problem: str | None
    verdict: Verdict
    passed: int = 0
    total: int = 0  # the cases planned
    ran: int = 0  # the cases that ran (all of them, unless one failed)
    counterexample: Counterexample | None = None
    complexity: ComplexityReport | None = None
    stdout: str = ""
    elapsed_s: float = 0.0
    message: str = ""
    sandbox: list[str] = field(default_factory=list)  # the sandbox layers applied

    @property
    def accepted(self) -> bool:
        return self.verdict == Verdict.ACCEPTED

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "problem": self.problem,
            "verdict": str(self.verdict),
            "passed": self.passed,
            "total": self.total,
            "ran": self.ran,
            "counterexample": self.counterexample.to_json() if self.counterexample else None,
            "complexity": self.complexity.to_json() if self.complexity else None,
            "stdout": self.stdout,
            "elapsed_s": round(self.elapsed_s, 3),
            "message": self.message,
            "sandbox": list(self.sandbox),
        }
