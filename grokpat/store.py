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

# v3: mock interviews keep when each judgement started (one that ends after the deadline
# does not count) and their final report.
V3 = """
ALTER TABLE attempts ADD COLUMN started_at REAL;
ALTER TABLE mocks ADD COLUMN report TEXT;
CREATE INDEX attempts_by_mock ON attempts(mock_id);
"""

# v4: the pattern-recognition drill (its answers; its cards are kind 'recognition').
V4 = """
CREATE TABLE drills (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    pattern TEXT NOT NULL,
    named TEXT,
    correct INTEGER NOT NULL,
    seconds REAL,
    answered_at REAL NOT NULL
);
CREATE INDEX drills_by_pattern ON drills(pattern, named);
"""

MIGRATIONS: list[str] = [V1, V2, V3, V4]  # MIGRATIONS[i] takes a store from version i to i + 1
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
                    duration_s: float | None = None, mock_id: int | None = None, started_at: float | None = None) -> int:
        accepted = verdict in ("accepted", "suboptimal")
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO attempts (problem, pattern, file, file_hash, verdict, passed, total, counterexample, complexity, duration_s, judged_at, mock_id, started_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (problem, pattern, file, file_hash, verdict, passed, total, _json(counterexample), _json(complexity), duration_s, at, mock_id, started_at),
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

    # --- mock interviews -------------------------------------------------------------------------

    def create_mock(self, started_at: float, ends_at: float, settings: dict[str, Any], problems: list[tuple[str, str]]) -> int:
        """A new session and its problems ((id, file) in order); refused while another is open."""
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM mocks WHERE closed_at IS NULL").fetchone():
                raise StoreError("a mock interview is already running: see 'grokpat mock status', or end it with 'grokpat mock end'")
            cur = db.execute("INSERT INTO mocks (started_at, ends_at, settings) VALUES (?, ?, ?)", (started_at, ends_at, json.dumps(settings)))
            mock_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO mock_problems (mock_id, problem, position, file) VALUES (?, ?, ?, ?)",
                [(mock_id, pid, i, file) for i, (pid, file) in enumerate(problems)],
            )
            return mock_id

    def open_mock(self) -> sqlite3.Row | None:
        rows = self._read("SELECT * FROM mocks WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1")
        return rows[0] if rows else None

    def mock(self, mock_id: int) -> sqlite3.Row | None:
        rows = self._read("SELECT * FROM mocks WHERE id = ?", (mock_id,))
        return rows[0] if rows else None

    def mock_problems(self, mock_id: int) -> list[sqlite3.Row]:
        return self._read("SELECT * FROM mock_problems WHERE mock_id = ? ORDER BY position", (mock_id,))

    def mock_attempts(self, mock_id: int) -> list[sqlite3.Row]:
        return self._read("SELECT problem, verdict, judged_at, started_at, complexity FROM attempts WHERE mock_id = ? ORDER BY judged_at, id", (mock_id,))

    def set_mock_problem(self, mock_id: int, problem: str, **fields: Any) -> None:
        allowed = {"pattern_named", "complexity_claimed", "helped"}
        assert set(fields) <= allowed, fields
        with self.transaction() as db:
            for name, value in fields.items():
                db.execute(f"UPDATE mock_problems SET {name} = ? WHERE mock_id = ? AND problem = ?", (value, mock_id, problem))

    def close_mock(self, mock_id: int, closed_at: float, report: dict[str, Any]) -> bool:
        """Close the session with its report; False when another process closed it first."""
        with self.transaction() as db:
            cur = db.execute("UPDATE mocks SET closed_at = ?, report = ? WHERE id = ? AND closed_at IS NULL", (closed_at, json.dumps(report), mock_id))
            return cur.rowcount == 1

    def last_mocked(self) -> dict[str, float]:
        """When each problem was last given in a mock interview (met there, attempted or not)."""
        rows = self._read("SELECT p.problem AS problem, MAX(m.started_at) AS at FROM mock_problems p JOIN mocks m ON m.id = p.mock_id GROUP BY p.problem")
        return {row["problem"]: row["at"] for row in rows}

    def closed_mocks(self) -> list[sqlite3.Row]:
        return self._read("SELECT * FROM mocks WHERE closed_at IS NOT NULL ORDER BY started_at, id")

    # --- the recognition drill ------------------------------------------------------------------

    def add_drill(self, problem: str, pattern: str, named: str | None, correct: bool, seconds: float, at: float) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO drills (problem, pattern, named, correct, seconds, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                       (problem, pattern, named, int(correct), seconds, at))
            db.execute("INSERT OR IGNORE INTO active_days (day) VALUES (date(?, 'unixepoch', 'localtime'))", (at,))

    def recognition(self) -> dict[str, tuple[int, int]]:
        """Per pattern: (drill answers, right ones)."""
        rows = self._read("SELECT pattern, COUNT(*) AS n, SUM(correct) AS ok FROM drills GROUP BY pattern")
        return {row["pattern"]: (int(row["n"]), int(row["ok"] or 0)) for row in rows}

    def confusions(self, limit: int = 5) -> list[tuple[str, str, int]]:
        """The (pattern, taken for, times) pairs most often confused."""
        rows = self._read("SELECT pattern, named, COUNT(*) AS n FROM drills WHERE correct = 0 AND named IS NOT NULL AND named != pattern"
                          " GROUP BY pattern, named ORDER BY n DESC, pattern, named LIMIT ?", (limit,))
        return [(row["pattern"], row["named"], int(row["n"])) for row in rows]

    def drilled(self) -> dict[str, float]:
        """When each problem was last drilled."""
        return {row["problem"]: row["at"] for row in self._read("SELECT problem, MAX(answered_at) AS at FROM drills GROUP BY problem")}

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

    def recent_attempts(self, limit: int = 20) -> list[sqlite3.Row]:
        """The latest judgements, newest first."""
        return self._read("SELECT problem, pattern, verdict, passed, total, judged_at, mock_id FROM attempts ORDER BY judged_at DESC, id DESC LIMIT ?", (limit,))

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


# --- export and import (JSON Lines, natural keys, no row ids) --------------------------------

EXPORT_FORMAT = 1
REBUILD = """
DELETE FROM progress;
DELETE FROM active_days;
INSERT INTO progress (problem, pattern, first_seen_at, attempts, failures, hints, revealed, solved_at, cold, last_at, last_verdict)
SELECT problem, MIN(pattern), MIN(at), SUM(is_attempt), SUM(is_failure), SUM(is_hint), MAX(is_reveal),
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
    SELECT judged_at AS at FROM attempts UNION ALL SELECT taken_at FROM hints UNION ALL SELECT revealed_at FROM reveals
    UNION ALL SELECT answered_at FROM drills);
"""

# what each exported kind is: its table, its columns (JSON columns parsed), its natural key
EXPORTED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "attempt": ("attempts", ("problem", "pattern", "file", "file_hash", "verdict", "passed", "total", "counterexample", "complexity",
                             "duration_s", "judged_at", "started_at"), ("counterexample", "complexity"), ("problem", "judged_at", "verdict", "file_hash", "passed")),
    "hint": ("hints", ("problem", "pattern", "hint_index", "taken_at"), (), ("problem", "hint_index", "taken_at")),
    "reveal": ("reveals", ("problem", "pattern", "revealed_at"), (), ("problem", "revealed_at")),
    "card": ("cards", ("problem", "kind", "pattern", "card", "due"), ("card",), ("problem", "kind")),
    "review": ("reviews", ("problem", "kind", "rating", "first_try", "reviewed_at"), (), ("problem", "kind", "reviewed_at")),
    "drill": ("drills", ("problem", "pattern", "named", "correct", "seconds", "answered_at"), (), ("problem", "answered_at")),
}


def export_lines(store: Store) -> Iterator[str]:
    """The whole store as JSON Lines: a header, then one object per recorded thing, in a
    stable order and without row ids (so that an export imported into an empty store and
    exported again gives the same lines)."""
    yield json.dumps({"grokpat_export": EXPORT_FORMAT, "schema": SCHEMA_VERSION}, sort_keys=True)
    mocks = {row["id"]: row["started_at"] for row in store._read("SELECT id, started_at FROM mocks")}
    for kind, (table, columns, json_columns, key) in EXPORTED.items():
        extra = ", mock_id" if table in ("attempts", "hints", "reveals") else ""
        for row in store._read(f"SELECT {', '.join(columns)}{extra} FROM {table} ORDER BY {', '.join(key)}"):
            item: dict[str, Any] = {"record": kind}
            for column in columns:
                value = row[column]
                item[column] = json.loads(value) if column in json_columns and value is not None else value
            if extra:
                item["mock"] = mocks.get(row["mock_id"])
            yield json.dumps(item, sort_keys=True)
    for mock in store._read("SELECT * FROM mocks ORDER BY started_at"):
        problems = [
            {k: p[k] for k in ("problem", "position", "file", "pattern_named", "complexity_claimed", "helped")}
            for p in store._read("SELECT * FROM mock_problems WHERE mock_id = ? ORDER BY position", (mock["id"],))
        ]
        yield json.dumps({"record": "mock", "started_at": mock["started_at"], "ends_at": mock["ends_at"], "closed_at": mock["closed_at"],
                          "settings": json.loads(mock["settings"]), "report": json.loads(mock["report"]) if mock["report"] else None,
                          "problems": problems}, sort_keys=True)


def import_lines(store: Store, lines: Iterator[str], source: str = "the import") -> dict[str, int]:
    """Merge an export into the store, skipping what it holds already; all or nothing.
    How many new things of each kind were added."""
    added: dict[str, int] = {}
    with store.transaction() as db:
        header: Any = None
        mock_ids: dict[float, int] = {}
        pending: list[dict[str, Any]] = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                raise StoreError(f"{source}:{number}: not a JSON line") from None
            if header is None:
                if not isinstance(item, dict) or item.get("grokpat_export") != EXPORT_FORMAT:
                    raise StoreError(f"{source}:{number}: not a grokpat export (its first line names the format)")
                if not isinstance(item.get("schema"), int) or item["schema"] > SCHEMA_VERSION:
                    raise StoreError(f"{source}: written by a newer grokpat (schema {item.get('schema')}); upgrade grokpat")
                header = item
                continue
            if not isinstance(item, dict) or item.get("record") not in {*EXPORTED, "mock"}:
                raise StoreError(f"{source}:{number}: an unknown line")
            pending.append(item)
        if header is None:
            raise StoreError(f"{source}: empty, not a grokpat export")
        try:
            for item in (i for i in pending if i["record"] == "mock"):  # mocks first: the others refer to them
                found = db.execute("SELECT id FROM mocks WHERE started_at = ?", (item["started_at"],)).fetchone()
                if found is None:
                    cur = db.execute("INSERT INTO mocks (started_at, ends_at, closed_at, settings, report) VALUES (?, ?, ?, ?, ?)",
                                     (item["started_at"], item["ends_at"], item["closed_at"], json.dumps(item["settings"]),
                                      json.dumps(item["report"]) if item["report"] is not None else None))
                    found = (cur.lastrowid,)
                    db.executemany("INSERT INTO mock_problems (mock_id, problem, position, file, pattern_named, complexity_claimed, helped) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   [(found[0], p["problem"], p["position"], p["file"], p["pattern_named"], p["complexity_claimed"], p["helped"]) for p in item["problems"]])
                    added["mock"] = added.get("mock", 0) + 1
                mock_ids[item["started_at"]] = int(found[0])
            for item in (i for i in pending if i["record"] != "mock"):
                table, columns, json_columns, key = EXPORTED[item["record"]]
                values = [json.dumps(item[c], sort_keys=True) if c in json_columns and item[c] is not None else item[c] for c in columns]
                where = " AND ".join(f"{c} IS ?" for c in key)
                existing = db.execute(f"SELECT 1 FROM {table} WHERE {where}", [values[columns.index(c)] for c in key]).fetchone()
                if existing is not None and item["record"] != "card":
                    continue
                if item["record"] == "card" and existing is not None:
                    db.execute("UPDATE cards SET card = ?, due = ?, pattern = ? WHERE problem = ? AND kind = ? AND due < ?",
                               (values[3], values[4], values[2], values[0], values[1], values[4]))
                    continue
                names = list(columns)
                if table in ("attempts", "hints", "reveals"):
                    names.append("mock_id")
                    values.append(mock_ids.get(float(item["mock"])) if item.get("mock") is not None else None)
                db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
                added[item["record"]] = added.get(item["record"], 0) + 1
            for statement in _statements(REBUILD):
                db.execute(statement)
        except (KeyError, TypeError, sqlite3.Error) as exc:
            raise StoreError(f"{source}: a line this grokpat cannot take ({type(exc).__name__}: {exc}); nothing was imported") from None
    return added
