"""Reviews with FSRS (the ``fsrs`` package): a solved problem is a card, rated by how the solve went.

The rating of a solve (from its first encounter, or, for a review, from the moment the
card came due): accepted on the first judge with no hint: Easy; accepted after failed
judges, no hint: Good; accepted after hints: Hard; the reference revealed: Again. A
card is created at the first accepted solve (or at a reveal); a later accepted
re-solve of a *due* card is a review and reschedules it. The scheduler has one
learning step of four hours (a problem revealed comes back the same day), no
fuzzing (the same history always gives the same dates), and FSRS's default weights.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from grokpat.store import CardRow, Store

LEARNING_STEP = dt.timedelta(hours=4)


class Rating(IntEnum):
    """FSRS's ratings (the same numbers as ``fsrs.Rating``)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class SolveHistory:
    """What happened to a problem over some span: judges, failures, hints, a reveal."""

    judged: int
    failed_before_accept: int
    hints: int
    revealed: bool

    @property
    def rating(self) -> Rating:
        if self.revealed:
            return Rating.AGAIN
        if self.hints:
            return Rating.HARD
        if self.failed_before_accept:
            return Rating.GOOD
        return Rating.EASY

    @property
    def first_try(self) -> bool:
        return self.failed_before_accept == 0 and self.hints == 0 and not self.revealed


def history_since(store: Store, problem: str, since: float) -> SolveHistory:
    attempts = store.attempts_since(problem, since)
    failed = 0
    for row in attempts:
        if row["verdict"] in ("accepted", "suboptimal"):
            break
        failed += 1
    return SolveHistory(len(attempts), failed, store.hints_taken(problem, since), store.revealed_since(problem, since))


def _scheduler():  # type: ignore[no-untyped-def]  # fsrs is imported only when a card changes
    from fsrs import Scheduler

    return Scheduler(learning_steps=(LEARNING_STEP,), relearning_steps=(LEARNING_STEP,), enable_fuzzing=False)


def schedule(card: CardRow | None, rating: Rating, at: float) -> tuple[str, float]:
    """The card after a review with ``rating`` at ``at``: (card JSON, due timestamp)."""
    from fsrs import Card
    from fsrs import Rating as FsrsRating

    before = Card.from_json(card.card) if card is not None else Card()
    after, _ = _scheduler().review_card(before, FsrsRating(int(rating)), dt.datetime.fromtimestamp(at, dt.UTC))
    return after.to_json(), after.due.timestamp()


def after_accepted(store: Store, problem: str, pattern: str, first_seen_at: float, at: float) -> Rating | None:
    """An accepted judge of ``problem`` at ``at``: a new card, or a review of a due one (its rating)."""
    card = store.card(problem)
    if card is None:
        rating = history_since(store, problem, first_seen_at).rating
    elif card.due <= at:
        history = history_since(store, problem, card.due)
        rating = history.rating
        store.add_review(problem, int(rating), history.first_try, at)
    else:
        return None  # not due: practice, not a review
    text, due = schedule(card, rating, at)
    store.save_card(problem, pattern, text, due)
    return rating


def after_reveal(store: Store, problem: str, pattern: str, at: float) -> None:
    """The reference shown: the problem comes back first (Again)."""
    text, due = schedule(store.card(problem), Rating.AGAIN, at)
    store.save_card(problem, pattern, text, due)


@dataclass(frozen=True)
class DueReview:
    problem: str
    pattern: str
    due: float
    overdue_days: float


def due_reviews(store: Store, at: float) -> list[DueReview]:
    """What is due at ``at``, most overdue first."""
    return [DueReview(c.problem, c.pattern, c.due, max(0.0, (at - c.due) / 86400)) for c in store.due_cards(at)]
