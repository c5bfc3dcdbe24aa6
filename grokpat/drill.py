"""The pattern-recognition drill: name the pattern of a statement you have not been told.

A statement is shown with its title, tags and pattern hidden (words that name its
pattern are blotted out); the learner names one of the 25 patterns before the time
runs out. Every answer is recorded as *recognition*, apart from solving, and each
problem has an FSRS card of its own kind: a right answer comes back later, a wrong or
late one soon, so the patterns a learner confuses come back more often. Problems are
chosen from the recognition cards that are due, then from the patterns recognised
worst (the ones confused most), never the same twice in a drill.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from grokpat import reviews
from grokpat.practice import Practice
from grokpat.reviews import Rating

BLOT = "▒▒▒"


@dataclass(frozen=True)
class Question:
    problem: str
    pattern: str
    statement: str  # with the words that name the pattern blotted out
    examples: list[str]


@dataclass(frozen=True)
class Answer:
    problem: str
    pattern: str
    named: str | None
    correct: bool
    seconds: float
    late: bool

    def to_json(self) -> dict[str, Any]:
        return {"problem": self.problem, "pattern": self.pattern, "named": self.named, "correct": self.correct, "seconds": round(self.seconds, 1), "late": self.late}


class Drill:
    def __init__(self, practice: Practice, seconds: float = 30) -> None:
        self.practice, self.seconds = practice, seconds
        self.store, self.catalog = practice.store, practice.catalog

    def choose(self, count: int, patterns: tuple[str, ...] = (), rng: random.Random | None = None) -> list[Question]:
        rng = rng or random.Random()
        now = self.practice.clock()
        pool = [p for p in self.catalog.ordered_problems() if not patterns or p.pattern in patterns]
        due = {c.problem: c.due for c in self.store.due_cards(now, kind="recognition")}
        accuracy = {pid: ok / n for pid, (n, ok) in self.store.recognition().items() if n}
        confused_into = {named for _, named, _ in self.store.confusions(25)}
        drilled = self.store.drilled()

        def rank(problem: Any) -> tuple[Any, ...]:
            weak = accuracy.get(problem.pattern, 0.5) - (0.25 if problem.pattern in confused_into else 0.0)
            return (problem.id not in due, due.get(problem.id, 0.0), weak, problem.id in drilled, rng.random())

        chosen: list[Any] = []
        seen_patterns: set[str] = set()
        for problem in sorted(pool, key=rank):
            if len(chosen) == count:
                break
            if problem.pattern in seen_patterns and len(seen_patterns) < len({p.pattern for p in pool}):
                continue  # variety first: one per pattern while there are patterns left
            chosen.append(problem)
            seen_patterns.add(problem.pattern)
        for problem in sorted(pool, key=rank):
            if len(chosen) == count:
                break
            if problem not in chosen:
                chosen.append(problem)
        return [self.question(p.id) for p in chosen]

    def question(self, problem_id: str) -> Question:
        problem = self.practice.load(problem_id)
        examples = [", ".join(f"{k} = {v!r}" for k, v in ex.input.items()) + f"  →  {ex.output!r}" for ex in problem.examples[:2]]
        return Question(problem.id, problem.pattern, self.blot(problem.statement, problem.pattern), [self.blot(e, problem.pattern) for e in examples])

    def blot(self, text: str, pattern_id: str) -> str:
        """The statement with the words that name its pattern blotted out."""
        pattern = self.catalog.pattern(pattern_id)
        phrases = {pattern_id, pattern_id.replace("-", " ")} | ({pattern.title} if pattern else set())
        for phrase in sorted(phrases, key=len, reverse=True):
            text = re.sub(re.escape(phrase), BLOT, text, flags=re.IGNORECASE)
        return text

    def parse(self, reply: str) -> str | None:
        """A pattern from what the learner typed: its number, its id, or a unique prefix of either."""
        reply = reply.strip().lower()
        if not reply:
            return None
        patterns = self.catalog.patterns
        if reply.isdigit() and 1 <= int(reply) <= len(patterns):
            return str(patterns[int(reply) - 1].id)
        exact = [p.id for p in patterns if reply in (p.id, p.title.lower())]
        if exact:
            return str(exact[0])
        matches = [p.id for p in patterns if p.id.startswith(reply) or p.title.lower().startswith(reply)]
        return str(matches[0]) if len(matches) == 1 else None

    def answer(self, question: Question, named: str | None, seconds: float) -> Answer:
        """Record an answer (late ones are wrong) and reschedule the problem's recognition card."""
        late = seconds > self.seconds
        correct = named == question.pattern and not late
        at = self.practice.clock()
        self.store.add_drill(question.problem, question.pattern, named, correct, seconds, at)
        if not correct:
            rating = Rating.AGAIN
        elif seconds <= self.seconds / 3:
            rating = Rating.EASY
        else:
            rating = Rating.GOOD
        text, due = reviews.schedule(self.store.card(question.problem, "recognition"), rating, at)
        self.store.save_card(question.problem, question.pattern, text, due, kind="recognition")
        return Answer(question.problem, question.pattern, named, correct, seconds, late)
