-- The progress store's schema version 1, frozen: tests build an old store from it.
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
