"""Timed mock interviews: unseen problems, the pattern never said, the clock in the store.

A session picks problems the learner has never met (then the least recently met), from
different patterns unless asked, writes their stubs without a pattern name or tags, and
keeps its deadline in the store: closing the terminal changes nothing, and whatever
grokpat command runs after the deadline closes it. Only judgements that start and end
before the deadline count. Hints and the reference are refused during a session (or
taken anyway, and the problem is marked as helped).

The score of a problem, out of 100: 50 when accepted (25 when only suboptimal); up to
20 for speed, 20 x (1 - time to the accept / the session's length); 10 when accepted on
the first judge, 5 on the second; 10 when the pattern named is the problem's; 10 when
the complexity claimed is the one measured on the accepted run. A helped problem scores
half. The session's score is the mean over its problems.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grokpat import reviews
from grokpat.errors import UserError
from grokpat.practice import Practice
from grokpat.store import StoreError

ACCEPTED = ("accepted", "suboptimal")


@dataclass(frozen=True)
class Session:
    id: int
    started_at: float
    ends_at: float
    problems: list[dict[str, Any]]  # {"id", "title", "file"}

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "problems": self.problems, "started_at": self.started_at, "ends_at": self.ends_at}


class Mocks:
    """Mock interviews on a learner's practice (its store, catalog and clock)."""

    def __init__(self, practice: Practice) -> None:
        self.practice = practice
        self.store, self.catalog, self.clock = practice.store, practice.catalog, practice.clock

    # --- the session --------------------------------------------------------------------

    def start(self, minutes: float = 45, count: int = 2, patterns: tuple[str, ...] = (), difficulty: str | None = None,
              directory: Path | None = None, seed: int | None = None) -> Session:
        from grokpat.workspace import workspace_dir, write_solution

        self.close_if_over()
        if self.store.open_mock() is not None:
            raise UserError("a mock interview is already running: see 'grokpat mock status', or end it with 'grokpat mock end'")
        if minutes <= 0 or count < 1:
            raise UserError("a mock needs some minutes and at least one problem")
        for pattern_id in patterns:
            if self.catalog.pattern(pattern_id) is None:
                raise UserError(f"unknown pattern {pattern_id!r} (see 'grokpat patterns')")
        chosen = self.choose(count, patterns, difficulty, random.Random(seed))
        folder = directory or workspace_dir(None)
        files = []
        for problem in chosen:
            full = self.practice.load(problem.id)
            files.append(write_solution(full, "", folder, force=True, mock=True))
        now = self.clock()
        ends = now + minutes * 60
        listed = [(p.id, str(f)) for p, f in zip(chosen, files)]
        try:
            mock_id = self.store.create_mock(now, ends, {"minutes": minutes, "count": count, "patterns": list(patterns), "difficulty": difficulty, "seed": seed}, listed)
        except StoreError as exc:
            raise UserError(str(exc)) from None
        return Session(mock_id, now, ends, [{"id": p.id, "title": p.title, "file": str(f)} for p, f in zip(chosen, files)])

    def choose(self, count: int, patterns: tuple[str, ...], difficulty: str | None, rng: random.Random) -> list[Any]:
        """Never-met problems first (then the least recently met), from different patterns
        unless patterns are given; reproducible with a seed."""
        met = {row.problem: row.last_at for row in self.store.progress()}
        for pid, at in self.store.last_mocked().items():  # a problem given in a mock was met there
            met[pid] = max(met.get(pid, 0.0), at)
        candidates = [
            p for p in self.catalog.ordered_problems()
            if (not patterns or p.pattern in patterns) and (not difficulty or p.difficulty == difficulty) and not self.names_its_pattern(p)
        ]
        if not candidates:
            raise UserError("no problem matches those filters")
        rng.shuffle(candidates)
        candidates.sort(key=lambda p: (p.id in met, met.get(p.id, 0.0)))  # unseen first, then the longest ago
        chosen: list[Any] = []
        used_patterns: set[str] = set()
        for problem in candidates:
            if len(chosen) == count:
                break
            if not patterns and problem.pattern in used_patterns and len(used_patterns) < len(self.catalog.patterns):
                continue
            if self.statement_names_its_pattern(problem):
                continue
            chosen.append(problem)
            used_patterns.add(problem.pattern)
        for problem in candidates:  # fewer patterns than problems asked: fill up
            if len(chosen) == count:
                break
            if problem not in chosen and not self.statement_names_its_pattern(problem):
                chosen.append(problem)
        if not chosen:
            raise UserError("no problem matches those filters without giving its pattern away")
        return chosen

    def statement_names_its_pattern(self, problem: Any) -> bool:
        pattern = self.catalog.pattern(problem.pattern)
        return pattern is not None and pattern.title.lower() in self.practice.load(problem.id).statement.lower()

    def names_its_pattern(self, problem: Any) -> bool:
        """A problem whose id or title says its pattern (merge-intervals, Implement Trie) would
        give the answer away in a mock: it is left out."""
        pattern = self.catalog.pattern(problem.pattern)
        words = {problem.pattern, problem.pattern.replace("-", " ")} | ({pattern.title.lower()} if pattern else set())
        words |= {w for w in problem.pattern.split("-") if len(w) > 4}  # "intervals", "islands", "knapsack"
        text = f"{problem.id} {problem.id.replace('-', ' ')} {problem.title.lower()}"
        return any(word in text for word in words)

    def active(self) -> Any:
        """The running session's row, or None (a session past its deadline is closed here)."""
        self.close_if_over()
        return self.store.open_mock()

    def mock_of(self, problem_id: str) -> int | None:
        """The running session that holds ``problem_id``, if any."""
        row = self.active()
        if row is None:
            return None
        return row["id"] if any(p["problem"] == problem_id for p in self.store.mock_problems(row["id"])) else None

    def close_if_over(self) -> None:
        row = self.store.open_mock()
        if row is not None and self.clock() >= row["ends_at"]:
            self.close(row["id"], row["ends_at"])

    def close(self, mock_id: int, at: float) -> dict[str, Any]:
        """End a session: its report kept, and what it taught fed to the store."""
        report = self.report(mock_id, at)
        if self.store.close_mock(mock_id, at, report):
            for item in report["problems"]:
                if item["verdict"] not in ACCEPTED:  # not solved in the interview: it comes back soon
                    problem = self.catalog.problems.get(item["id"])
                    if problem is not None:
                        reviews.after_reveal(self.store, problem.id, problem.pattern, at)
        return report

    def end(self) -> dict[str, Any]:
        row = self.store.open_mock()
        if row is None:
            last = self.store.closed_mocks()
            if last and last[-1]["report"]:
                return dict(json.loads(last[-1]["report"]))  # closed by its deadline meanwhile
            raise UserError("no mock interview is running (start one: grokpat mock start)")
        return self.close(row["id"], min(self.clock(), row["ends_at"]))

    # --- during the session ---------------------------------------------------------------

    def name_pattern(self, problem_id: str, pattern_id: str) -> None:
        mock_id = self._require(problem_id)
        if self.catalog.pattern(pattern_id) is None:
            raise UserError(f"unknown pattern {pattern_id!r} (see 'grokpat patterns')")
        row = next(p for p in self.store.mock_problems(mock_id) if p["problem"] == problem_id)
        if row["pattern_named"]:
            raise UserError(f"you named {row['pattern_named']} for {problem_id} already (once per problem)")
        if any(a["problem"] == problem_id and a["verdict"] in ACCEPTED for a in self.store.mock_attempts(mock_id)):
            raise UserError(f"{problem_id} is already accepted: the pattern counts only when named before")
        self.store.set_mock_problem(mock_id, problem_id, pattern_named=pattern_id)

    def claim(self, problem_id: str, complexity: str) -> None:
        mock_id = self._require(problem_id)
        if not re.fullmatch(r"\s*O\(.+\)\s*", complexity):
            raise UserError(f"{complexity!r} is not big-O notation, like 'O(n log n)'")
        self.store.set_mock_problem(mock_id, problem_id, complexity_claimed=complexity.strip())

    def help_refused(self, problem_id: str, anyway: bool) -> int | None:
        """Hints and the reference during a session: refused, or (``anyway``) marked as helped.
        The session's id when the problem is in one."""
        mock_id = self.mock_of(self.practice.find(problem_id).id)
        if mock_id is None:
            return None
        if not anyway:
            raise UserError(f"{problem_id} is in your running mock interview: no hints or reference until it ends (or pass --anyway: it counts as helped)")
        self.store.set_mock_problem(mock_id, self.practice.find(problem_id).id, helped=1)
        return mock_id

    def _require(self, problem_id: str) -> int:
        problem = self.practice.find(problem_id)
        mock_id = self.mock_of(problem.id)
        if mock_id is None:
            raise UserError(f"{problem.id} is not a problem of a running mock interview")
        return mock_id

    # --- reading ----------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        row = self.active()
        if row is None:
            return {"active": False, "remaining_s": 0, "problems": []}
        attempts = self.store.mock_attempts(row["id"])
        problems = []
        for p in self.store.mock_problems(row["id"]):
            mine = [a for a in attempts if a["problem"] == p["problem"]]
            problems.append({"id": p["problem"], "verdict": _verdict(mine), "attempts": len(mine), "file": p["file"]})
        return {"active": True, "id": row["id"], "remaining_s": round(max(0.0, row["ends_at"] - self.clock()), 1), "problems": problems}

    def report(self, mock_id: int, at: float) -> dict[str, Any]:
        row = self.store.mock(mock_id)
        assert row is not None
        attempts = self.store.mock_attempts(mock_id)
        length = row["ends_at"] - row["started_at"]
        items = []
        for p in self.store.mock_problems(mock_id):
            pid = p["problem"]
            mine = [a for a in attempts if a["problem"] == pid]
            first_ok = next((i for i, a in enumerate(mine) if a["verdict"] in ACCEPTED), None)
            truth = self.catalog.problems[pid].pattern if pid in self.catalog.problems else None
            measured = None
            if first_ok is not None and mine[first_ok]["complexity"]:
                measured = json.loads(mine[first_ok]["complexity"]).get("measured")
            item = {
                "id": pid,
                "verdict": _verdict(mine),
                "attempts": len(mine),
                "time_to_accept_s": None if first_ok is None else round(mine[first_ok]["judged_at"] - row["started_at"], 1),
                "pattern_named": p["pattern_named"],
                "pattern_right": None if p["pattern_named"] is None else p["pattern_named"] == truth,
                "complexity_claimed": p["complexity_claimed"],
                "complexity_measured": measured,
                "helped": bool(p["helped"]),
                "pattern": truth,
            }
            item["score"] = problem_score(item, first_ok, length)
            items.append(item)
        score = round(sum(i["score"] for i in items) / len(items), 1) if items else 0.0
        earlier = [json.loads(m["report"])["score"] for m in self.store.closed_mocks() if m["report"] and m["id"] != mock_id]
        trend = None if not earlier else {"previous": earlier[-3:], "mean_before": round(sum(earlier[-3:]) / len(earlier[-3:]), 1),
                                          "change": round(score - sum(earlier[-3:]) / len(earlier[-3:]), 1)}
        return {"id": mock_id, "problems": items, "score": score, "duration_s": round(min(at, row["ends_at"]) - row["started_at"], 1), "trend": trend}

    def history(self) -> list[dict[str, Any]]:
        self.close_if_over()
        return [json.loads(m["report"]) for m in self.store.closed_mocks() if m["report"]]


def _verdict(attempts: list[Any]) -> str:
    if any(a["verdict"] == "accepted" for a in attempts):
        return "accepted"
    if any(a["verdict"] == "suboptimal" for a in attempts):
        return "suboptimal"
    return str(attempts[-1]["verdict"]) if attempts else "not attempted"


def same_complexity(a: str | None, b: str | None) -> bool:
    def norm(text: str) -> str:
        return re.sub(r"[\s*·]", "", text.lower()).replace("^", "").replace("**", "")

    return a is not None and b is not None and norm(a) == norm(b)


def problem_score(item: dict[str, Any], first_ok: int | None, length: float) -> float:
    """A problem's score out of 100 (see the module's docstring)."""
    score = 0.0
    if item["verdict"] in ACCEPTED and first_ok is not None:
        score += 50 if item["verdict"] == "accepted" else 25
        score += 20 * max(0.0, 1 - item["time_to_accept_s"] / length) if length > 0 else 0
        score += {0: 10, 1: 5}.get(first_ok, 0)
        if same_complexity(item["complexity_claimed"], item["complexity_measured"]):
            score += 10
    if item["pattern_right"]:
        score += 10
    if item["helped"]:
        score /= 2
    return round(score, 1)

