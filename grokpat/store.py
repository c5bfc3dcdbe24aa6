"""The progress store: one SQLite file, and the only module that speaks SQL.

``$GROKPAT_HOME/grokpat.db`` (default: the platform's user data folder). WAL, a busy
timeout and short ``BEGIN IMMEDIATE`` transactions, so the CLI and the TUI (and six
judges at once) share it; foreign keys on; the schema's version in ``PRAGMA
user_version`` with ordered migrations that upgrade an older file in place, inside
one transaction. A file this code cannot trust (not SQLite, damaged, read-only, made
by a newer grokpat) is a ``StoreError``: one clear line, and the file is never
written, moved or deleted.

What grows with history (attempts, hints, reveals, reviews) is appended; what the
commands read (per-problem progress, active days, review cards) is kept in small
summary tables updated in the same transaction, so that ``stats`` and ``list`` cost
the same on a store of 100,000 attempts as on an empty one.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grokpat.errors import UserError

BUSY_TIMEOUT_MS = 30_000
FILENAME = "grokpat.db"


class StoreError(UserError):
    """The store cannot be used: one line for the user, the file left as it was."""


# --- the schema, version by version ----------------------------------------------------------

V1 = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    pattern TEXT NOT NULL,
    file TEXT,
    file_hash TEXT,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    counterexample TEXT,
    complexity TEXT,
    duration_s REAL,
    judged_at REAL NOT NULL,
    mock_id INTEGER REFERENCES mocks(id)
);
CREATE TABLE hints (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    pattern TEXT NOT NULL,
    hint_index INTEGER NOT NULL,
    taken_at REAL NOT NULL,
    mock_id INTEGER REFERENCES mocks(id)
);
CREATE TABLE reveals (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    pattern TEXT NOT NULL,
    revealed_at REAL NOT NULL,
    mock_id INTEGER REFERENCES mocks(id)
);
CREATE TABLE cards (
    problem TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'solve',
    pattern TEXT NOT NULL,
    card TEXT NOT NULL,
    due REAL NOT NULL,
    PRIMARY KEY (problem, kind)
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'solve',
    rating INTEGER NOT NULL,
    first_try INTEGER NOT NULL,
    reviewed_at REAL NOT NULL
);
CREATE TABLE mocks (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    ends_at REAL NOT NULL,
    closed_at REAL,
    settings TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE mock_problems (
    mock_id INTEGER NOT NULL REFERENCES mocks(id),
    problem TEXT NOT NULL,
    position INTEGER NOT NULL,
    file TEXT,
    pattern_named TEXT,
    complexity_claimed TEXT,
    helped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mock_id, problem)
);
CREATE INDEX attempts_by_problem ON attempts(problem, judged_at);
CREATE INDEX cards_by_due ON cards(due);
"""

# v2: per-problem progress and the days of activity, kept beside the history (and
# rebuilt from it here), so that reading progress never scans the history.
V2 = """
CREATE TABLE progress (
    problem TEXT PRIMARY KEY,
    pattern TEXT NOT NULL,
    first_seen_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    hints INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    solved_at REAL,
    cold INTEGER,
    last_at REAL NOT NULL,
    last_verdict TEXT
);
CREATE TABLE active_days (day TEXT PRIMARY KEY);
CREATE INDEX progress_by_pattern ON progress(pattern, first_seen_at);
INSERT INTO progress (problem, pattern, first_seen_at, attempts, failures, hints, revealed, solved_at, cold, last_at, last_verdict)
SELECT problem, pattern, MIN(at), SUM(is_attempt), SUM(is_failure), SUM(is_hint), MAX(is_reveal),
       MIN(CASE WHEN accepted THEN at END), NULL, MAX(at), NULL
FROM (
    SELECT problem, pattern, judged_at AS at, 1 AS is_attempt, verdict NOT IN ('accepted', 'suboptimal') AS is_failure,
           0 AS is_hint, 0 AS is_reveal, verdict IN ('accepted', 'suboptimal') AS accepted FROM attempts
    UNION ALL SELECT problem, pattern, taken_at, 0, 0, 1, 0, 0 FROM hints
    UNION ALL SELECT problem, pattern, revealed_at, 0, 0, 0, 1, 0 FROM reveals
) GROUP BY problem;
UPDATE progress SET
    cold = CASE WHEN solved_at IS NULL THEN NULL ELSE NOT EXISTS (
        SELECT 1 FROM hints h WHERE h.problem = progress.problem AND h.taken_at <= progress.solved_at
        UNION ALL SELECT 1 FROM reveals r WHERE r.problem = progress.problem AND r.revealed_at <= progress.solved_at) END,
    last_verdict = (SELECT verdict FROM attempts a WHERE a.problem = progress.problem ORDER BY judged_at DESC, id DESC LIMIT 1);
INSERT OR IGNORE INTO active_days (day)
SELECT DISTINCT date(at, 'unixepoch', 'localtime') FROM (
    SELECT judged_at AS at FROM attempts UNION ALL SELECT taken_at FROM hints UNION ALL SELECT revealed_at FROM reveals);
"""

MIGRATIONS: list[str] = [V1, V2]  # MIGRATIONS[i] takes a store from version i to i + 1
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class ProblemProgress:
    """Where a learner stands on one problem (a row of ``progress``)."""

    problem: str
    pattern: str
    first_seen_at: float
    attempts: int
    failures: int
    hints: int
    revealed: bool
    solved_at: float | None
    cold: bool | None
    last_at: float
    last_verdict: str | None

    @property
    def solved(self) -> bool:
        return self.solved_at is not None


@dataclass(frozen=True)
class CardRow:
    problem: str
    kind: str
    pattern: str
    card: str  # fsrs Card as JSON
    due: float


def default_path() -> Path:
    from grokpat.paths import data_dir

    return data_dir() / FILENAME


class Store:
    """An open progress store. Use as a context manager; every write is one transaction."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.db = self._open()

    # --- opening, checking and migrating ------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        path = self.path
        if path.exists() and not path.is_file():
            raise StoreError(f"the progress store {path} is not a file")
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder of the progress store {path.parent}: {exc.strerror or exc} (set GROKPAT_HOME to a writable folder)") from None
        elif not _looks_like_sqlite(path):
            raise StoreError(f"{path} is not a grokpat progress store (not an SQLite file); it was left as it is: move it away or set GROKPAT_HOME")
        try:
            db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the progress store {path}: {exc}") from None
        try:
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"the progress store {path} was written by a newer grokpat (schema {version}; this one knows {SCHEMA_VERSION}); it was left as it is: upgrade grokpat")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")  # with WAL: a killed process loses nothing committed
            if version < SCHEMA_VERSION:
                self._migrate(db, version)
        except StoreError:
            db.close()
            raise
        except sqlite3.Error as exc:
            db.close()
            raise StoreError(_explain(path, exc)) from None
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            current = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated meanwhile
            for step in range(current, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[step]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {step + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: writers queue on the busy timeout)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from None
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError(_explain(self.path, exc)) from None

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return list(self.db.execute(sql, args))
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from None

    # --- writing -----------------------------------------------------------------------------

    def add_attempt(self, problem: str, pattern: str, verdict: str, at: float, *, file: str | None = None, file_hash: str | None = None,
                    passed: int = 0, total: int = 0, counterexample: Any = None, complexity: Any = None,
                    duration_s: float | None = None, mock_id: int | None = None) -> int:
        accepted = verdict in ("accepted", "suboptimal")
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO attempts (problem, pattern, file, file_hash, verdict, passed, total, counterexample, complexity, duration_s, judged_at, mock_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (problem, pattern, file, file_hash, verdict, passed, total, _json(counterexample), _json(complexity), duration_s, at, mock_id),
            )
            self._touch(db, problem, pattern, at)
            db.execute(
                "UPDATE progress SET attempts = attempts + 1, failures = failures + ?, last_at = ?, last_verdict = ?,"
                " cold = CASE WHEN solved_at IS NULL AND ? THEN (hints = 0 AND revealed = 0) ELSE cold END,"
                " solved_at = CASE WHEN solved_at IS NULL AND ? THEN ? ELSE solved_at END WHERE problem = ?",
                (0 if accepted else 1, at, verdict, accepted, accepted, at, problem),
            )
            return int(cur.lastrowid or 0)

    def add_hint(self, problem: str, pattern: str, hint_index: int, at: float, mock_id: int | None = None) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO hints (problem, pattern, hint_index, taken_at, mock_id) VALUES (?, ?, ?, ?, ?)", (problem, pattern, hint_index, at, mock_id))
            self._touch(db, problem, pattern, at)
            db.execute("UPDATE progress SET hints = hints + 1 WHERE problem = ?", (problem,))

    def add_reveal(self, problem: str, pattern: str, at: float, mock_id: int | None = None) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO reveals (problem, pattern, revealed_at, mock_id) VALUES (?, ?, ?, ?)", (problem, pattern, at, mock_id))
            self._touch(db, problem, pattern, at)
            db.execute("UPDATE progress SET revealed = 1 WHERE problem = ?", (problem,))

    @staticmethod
    def _touch(db: sqlite3.Connection, problem: str, pattern: str, at: float) -> None:
        """The problem met (first time: its first encounter) and the day active."""
        db.execute(
            "INSERT INTO progress (problem, pattern, first_seen_at, last_at) VALUES (?, ?, ?, ?) ON CONFLICT(problem) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)",
            (problem, pattern, at, at),
        )
        db.execute("INSERT OR IGNORE INTO active_days (day) VALUES (date(?, 'unixepoch', 'localtime'))", (at,))

    def save_card(self, problem: str, pattern: str, card: str, due: float, kind: str = "solve") -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO cards (problem, kind, pattern, card, due) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(problem, kind) DO UPDATE SET card = excluded.card, due = excluded.due",
                (problem, kind, pattern, card, due),
            )

    def add_review(self, problem: str, rating: int, first_try: bool, at: float, kind: str = "solve") -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO reviews (problem, kind, rating, first_try, reviewed_at) VALUES (?, ?, ?, ?, ?)", (problem, kind, rating, int(first_try), at))

    # --- reading -------------------------------------------------------------------------------

    def progress(self, problem: str | None = None) -> list[ProblemProgress]:
        """Per-problem progress (one problem, or all), in the order they were first met."""
        sql = "SELECT * FROM progress" + (" WHERE problem = ?" if problem else "") + " ORDER BY first_seen_at, problem"
        return [_progress(row) for row in self._read(sql, (problem,) if problem else ())]

    def card(self, problem: str, kind: str = "solve") -> CardRow | None:
        rows = self._read("SELECT * FROM cards WHERE problem = ? AND kind = ?", (problem, kind))
        return CardRow(**dict(rows[0])) if rows else None

    def due_cards(self, now: float, kind: str = "solve") -> list[CardRow]:
        """Cards due at ``now``, most overdue first."""
        return [CardRow(**dict(row)) for row in self._read("SELECT * FROM cards WHERE kind = ? AND due <= ? ORDER BY due, problem", (kind, now))]

    def attempts_since(self, problem: str, since: float) -> list[sqlite3.Row]:
        return self._read("SELECT verdict, judged_at FROM attempts WHERE problem = ? AND judged_at >= ? ORDER BY judged_at, id", (problem, since))

    def hints_taken(self, problem: str, since: float = 0.0) -> int:
        return int(self._read("SELECT COUNT(*) FROM hints WHERE problem = ? AND taken_at >= ?", (problem, since))[0][0])

    def revealed_since(self, problem: str, since: float) -> bool:
        return bool(self._read("SELECT EXISTS (SELECT 1 FROM reveals WHERE problem = ? AND revealed_at >= ?)", (problem, since))[0][0])

    def review_counts(self) -> dict[str, tuple[int, int]]:
        """Per pattern: (reviews done, reviews passed on the first judge)."""
        rows = self._read(
            "SELECT c.pattern AS pattern, COUNT(*) AS done, SUM(r.first_try) AS passed FROM reviews r JOIN cards c"
            " ON c.problem = r.problem AND c.kind = r.kind WHERE r.kind = 'solve' GROUP BY c.pattern"
        )
        return {row["pattern"]: (int(row["done"]), int(row["passed"] or 0)) for row in rows}

    def active_days(self) -> list[str]:
        return [row[0] for row in self._read("SELECT day FROM active_days ORDER BY day")]

    def attempts_per_day(self, since: float = 0.0) -> list[tuple[str, int, int]]:
        """Judgements per local day since ``since``: (day, attempts, accepted), oldest first
        (days with none are left out). Reads the history: for a chart, not for a hot path."""
        rows = self._read(
            "SELECT date(judged_at, 'unixepoch', 'localtime') AS day, COUNT(*) AS n,"
            " SUM(verdict IN ('accepted', 'suboptimal')) AS ok FROM attempts WHERE judged_at >= ? GROUP BY day ORDER BY day",
            (since,),
        )
        return [(str(row["day"]), int(row["n"]), int(row["ok"] or 0)) for row in rows]

    def total_attempts(self) -> int:
        return int(self._read("SELECT COALESCE(SUM(attempts), 0) FROM progress")[0][0])

    def integrity(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0][0])


def _progress(row: sqlite3.Row) -> ProblemProgress:
    return ProblemProgress(
        problem=row["problem"], pattern=row["pattern"], first_seen_at=row["first_seen_at"], attempts=row["attempts"],
        failures=row["failures"], hints=row["hints"], revealed=bool(row["revealed"]), solved_at=row["solved_at"],
        cold=None if row["cold"] is None else bool(row["cold"]), last_at=row["last_at"], last_verdict=row["last_verdict"],
    )


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=True)


def _statements(script: str) -> list[str]:
    """The statements of a migration script, split where sqlite3 says one is complete."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return [s for s in out if s]


def _looks_like_sqlite(path: Path) -> bool:
    """An existing file is only ever opened when it is empty or starts as SQLite files do."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read the progress store {path}: {exc.strerror or exc}") from None
    return head == b"" or head == b"SQLite format 3\x00"


def _read_only(path: Path) -> bool:
    """The file (or, for its WAL side files, its folder) cannot be written, root included."""
    import os

    target = path if path.exists() else path.parent
    try:
        mount_ro = bool(os.statvfs(target).f_flag & os.ST_RDONLY)
    except OSError:
        mount_ro = False
    return mount_ro or not os.access(target, os.W_OK) or not os.access(path.parent, os.W_OK)


def _explain(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text or ("unable to open" in text and _read_only(path)):
        return f"the progress store {path} is read-only ({text}); make it writable, or set GROKPAT_HOME"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"the progress store {path} is damaged ({text}); it was left as it is: move it away or set GROKPAT_HOME"
    if "locked" in text or "busy" in text:
        return f"the progress store {path} stayed locked by another grokpat for {BUSY_TIMEOUT_MS // 1000} s ({text})"
    return f"the progress store {path} cannot be used: {text}"


def now() -> float:
    return time.time()
