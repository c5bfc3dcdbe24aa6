"""The operations a learner performs, shared by the CLI and the TUI.

Record a judgement, take a hint, reveal the reference, list the reviews due, read the
stats, ask what to do next. Faces parse input and draw output; everything here is the
rules (the FSRS rating, the grok score, the choice of the next problem), on a real
``Store`` and an injectable clock.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grokpat import reviews
from grokpat.errors import UserError
from grokpat.mastery import PatternMastery, pattern_mastery, streak
from grokpat.store import ProblemProgress, Store
from problems.catalog import Catalog
from problems.model import DIFFICULTIES, Problem

Clock = Callable[[], float]
STATUSES = ("solved", "attempted", "unseen", "due")
HIDDEN_PARTS = {"brute_force", "inputs", "probe", "check"}


@dataclass(frozen=True)
class Suggestion:
    problem: Any  # a Problem or the index's ProblemSummary: id, title, pattern, difficulty
    reason: str  # "review" | "weakest-pattern" | "stretch"
    why: str


@dataclass(frozen=True)
class Stats:
    patterns: list[tuple[str, PatternMastery]]  # (title, mastery), in teaching order
    solved: int
    attempts: int
    streak_days: int
    recognition: dict[str, tuple[int, int]]  # pattern -> (drill answers, right ones)
    confusions: list[tuple[str, str, int]]  # (pattern, taken for, times), most often first


@dataclass(frozen=True)
class Reveal:
    problem: Problem
    source: str
    explanation: str
    recorded: bool  # a give-up (before the problem was solved)


class Practice:
    """One learner's practice: the catalog, their store and the clock."""

    def __init__(self, catalog: Catalog[Any], store: Store, clock: Clock = time.time) -> None:
        self.catalog, self.store, self.clock = catalog, store, clock

    # --- recording -----------------------------------------------------------------------

    def record(self, result: dict[str, Any], started_at: float | None = None) -> None:
        """One judgement of ``grokpat judge`` (its JSON form) into the store, and the card it moves.
        A judgement of a running mock interview's problem is part of it when it started and
        ended before the deadline."""
        problem = self.catalog.problems.get(result.get("problem") or "")
        if problem is None:
            return
        at = self.clock()
        mock_id = self._mock_of(problem.id, started_at if started_at is not None else at, at)
        path = Path(result["file"])
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = None
        self.store.add_attempt(
            problem.id, problem.pattern, str(result["verdict"]), at, file=str(path.resolve()), file_hash=digest,
            passed=int(result.get("passed", 0)), total=int(result.get("total", 0)), counterexample=result.get("counterexample"),
            complexity=result.get("complexity"), duration_s=float(result.get("elapsed_s", 0.0)), mock_id=mock_id, started_at=started_at,
        )
        if result["verdict"] in ("accepted", "suboptimal"):
            first = self.store.progress(problem.id)[0]
            reviews.after_accepted(self.store, problem.id, problem.pattern, first.first_seen_at, at)

    def _mock_of(self, problem_id: str, started_at: float, ended_at: float) -> int | None:
        row = self.store.open_mock()
        if row is None or not (row["started_at"] <= started_at and ended_at <= row["ends_at"]):
            return None
        return row["id"] if any(p["problem"] == problem_id for p in self.store.mock_problems(row["id"])) else None

    def take_hints(self, problem_id: str, every: bool = False, mock_id: int | None = None) -> tuple[Problem, list[tuple[int, str]], int]:
        """The next hint (or all that are left), recorded: (problem, [(number, text)] new, hints taken before)."""
        problem = self.load(problem_id)
        taken = self.store.hints_taken(problem.id)
        fresh = list(enumerate(problem.hints, 1))[taken : len(problem.hints) if every else taken + 1]
        for number, _ in fresh:
            self.store.add_hint(problem.id, problem.pattern, number, self.clock(), mock_id)
        return problem, fresh, taken

    def solved(self, problem_id: str) -> bool:
        rows = self.store.progress(problem_id)
        return bool(rows and rows[0].solved)

    def reveal(self, problem_id: str, mock_id: int | None = None) -> Reveal:
        """The reference and the pattern's explanation; before a solve, a give-up (recorded)."""
        problem = self.load(problem_id)
        give_up = not self.solved(problem.id)
        if give_up:
            at = self.clock()
            self.store.add_reveal(problem.id, problem.pattern, at, mock_id)
            reviews.after_reveal(self.store, problem.id, problem.pattern, at)
        pattern = self.catalog.pattern(problem.pattern)
        explanation = pattern.summary.split("\n\n")[0].strip() if pattern else ""
        return Reveal(problem, reference_source(problem), explanation, give_up)

    # --- reading ------------------------------------------------------------------------

    def find(self, problem_id: str) -> Any:
        """The problem as the catalog lists it (a summary from the index, or the whole problem)."""
        try:
            return self.catalog.find(problem_id)
        except KeyError as exc:
            raise UserError(exc.args[0]) from None

    def load(self, problem_id: str) -> Problem:
        """The whole problem: statement, hints, the module beside it."""
        try:
            loaded: Problem = self.catalog.load(problem_id)
        except KeyError as exc:
            raise UserError(exc.args[0]) from None
        return loaded

    def statuses(self) -> dict[str, str]:
        """Every catalog problem's status: solved, attempted, unseen or due."""
        rows = {r.problem: r for r in self.store.progress()}
        due = {d.problem for d in reviews.due_reviews(self.store, self.clock())}
        out = {}
        for pid in self.catalog.problems:
            row = rows.get(pid)
            out[pid] = "due" if pid in due else "solved" if row and row.solved else "attempted" if row else "unseen"
        return out

    def mastery(self) -> list[tuple[str, PatternMastery]]:
        rows: dict[str, list[ProblemProgress]] = {}
        for row in self.store.progress():
            rows.setdefault(row.pattern, []).append(row)
        counts = self.store.review_counts()
        due: dict[str, int] = {}
        for review in reviews.due_reviews(self.store, self.clock()):
            due[review.pattern] = due.get(review.pattern, 0) + 1
        return [
            (p.title, pattern_mastery(p.id, len(p.problem_ids), [r for r in rows.get(p.id, []) if r.problem in p.problem_ids], counts.get(p.id, (0, 0)), due.get(p.id, 0)))
            for p in self.catalog.patterns
        ]

    def stats(self) -> Stats:
        mastery = self.mastery()
        today = dt.datetime.fromtimestamp(self.clock()).date()
        return Stats(mastery, sum(m.solved for _, m in mastery), self.store.total_attempts(), streak(self.store.active_days(), today),
                     self.store.recognition(), self.store.confusions())

    def due(self) -> list[reviews.DueReview]:
        return [r for r in reviews.due_reviews(self.store, self.clock()) if r.problem in self.catalog.problems]

    def next(self) -> Suggestion | None:
        """What to do now: a due review, else the weakest pattern's next problem, else a stretch."""
        due = self.due()
        if due:
            top = due[0]
            problem = self.catalog.problems[top.problem]
            late = f"{top.overdue_days:.0f} days overdue" if top.overdue_days >= 1 else "due now"
            return Suggestion(problem, "review", f"a review: you solved {problem.title} before and it is {late}; solving it again now keeps it")
        seen = {r.problem for r in self.store.progress()}
        mastery = dict((m.pattern, m) for _, m in self.mastery())
        started, fresh, grokked = [], [], []
        for order, pattern in enumerate(self.catalog.patterns):
            unseen = [self.catalog.problems[pid] for pid in pattern.problem_ids if pid not in seen]
            if not unseen:
                continue
            m = mastery[pattern.id]
            if m.grokked:
                grokked.append((pattern, unseen))
            elif m.attempted or m.solved or any(pid in seen for pid in pattern.problem_ids):
                started.append(((m.grok_score or 0.0, m.solved / max(1, m.total), order), pattern, unseen))
            else:
                fresh.append((pattern, unseen))
        if started:
            _, pattern, unseen = min(started, key=lambda item: item[0])
            m = mastery[pattern.id]
            score = "no grok score yet" if m.grok_score is None else f"grok score {m.grok_score:.0%}"
            return Suggestion(unseen[0], "weakest-pattern", f"{pattern.title} is your weakest pattern in progress ({m.solved}/{m.total} solved, {score}): its next problem")
        if fresh:
            pattern, unseen = fresh[0]
            return Suggestion(unseen[0], "weakest-pattern", f"{pattern.title} is the next pattern in teaching order, not started yet: its first problem")
        if grokked:
            rank = {d: i for i, d in enumerate(DIFFICULTIES)}
            pattern, unseen = grokked[0]
            hardest = max(unseen, key=lambda p: rank[p.difficulty])
            return Suggestion(hardest, "stretch", f"every pattern you started is grokked: a stretch, the hardest unseen problem of {pattern.title}")
        return None


def reference_source(problem: Problem) -> str:
    """The reference solution's source: the entry and the module's helpers it uses, not the oracle or the hooks."""
    text = problem.module_path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    defs = {node.name: node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    wanted, queue = set(), [problem.entry]
    while queue:
        name = queue.pop()
        if name in wanted or name not in defs or name in HIDDEN_PARTS:
            continue
        wanted.add(name)
        queue += [n.id for n in ast.walk(defs[name]) if isinstance(n, ast.Name)]
    parts = [ast.get_source_segment(text, node) or "" for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    parts += [ast.get_source_segment(text, node) or "" for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in wanted]
    return "\n\n\n".join(part for part in parts if part and "hypothesis" not in part)
