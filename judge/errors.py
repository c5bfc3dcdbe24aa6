"""The judge's own failures: never the learner's verdict, never ``accepted``.

A reference that raises, a pack's strategy, checker or probe that breaks, a worker
that fails outside the solution's code: the judgement cannot be trusted, so it is
one clear error (exit status 2 in the CLI) naming the problem and the file to blame.
"""

from __future__ import annotations

from pathlib import Path


class JudgeError(Exception):
    """The judge cannot give a verdict; ``blame`` is the file at fault (a pack's module)."""

    def __init__(self, problem: str, message: str, blame: Path | str | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message
        self.blame = str(blame) if blame is not None else None

    def __str__(self) -> str:
        where = f"{self.blame}: " if self.blame else ""
        return f"{where}{self.problem}: {self.message}"
