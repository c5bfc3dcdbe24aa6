"""``grokpat report``: one self-contained HTML page whose figures are ``stats --json``'s.

The page is parsed (``html.parser``), never matched as text: each pattern's row carries
its figures as ``data-`` attributes, and so do the pictures (bars, grok curves, scores).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from grokpat.practice import Practice
from grokpat.store import Store, default_path
from problems.index import load_index
from tests.grokpat.test_export_import import Clock, rich_store


class Page(HTMLParser):
    """Every element's tag and attributes, and whether anything is loaded from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def rows(self, table: str) -> list[dict[str, str]]:
        """The data rows of the table with this id (in order)."""
        inside, found = False, []
        for tag, attrs in self.elements:
            if tag == "table":
                inside = attrs.get("id") == table
            elif inside and tag == "tr" and any(k.startswith("data-") for k in attrs):
                found.append(attrs)
        return found

    def all(self, tag: str, cls: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and a.get("class") == cls]


def number(text: str) -> float | None:
    return None if text == "" else float(text)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A learner's home with a rich history: solves, hints, a review, a mock, drill answers,
    and a pattern met again after its first solve (so its grok curve has points)."""
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    store = rich_store(default_path(), tmp_path)
    clock = Clock()
    clock.at += 40 * 86400
    practice = Practice(load_index(pack_dirs=[]), store, clock)
    solution = tmp_path / "s.py"
    for problem, hint in (("linked-list-cycle", False), ("middle-of-linked-list", True), ("reorder-list", False)):
        clock.at += 3600
        if hint:
            practice.take_hints(problem)
        practice.record({"file": str(solution), "problem": problem, "verdict": "accepted", "passed": 9, "total": 9, "elapsed_s": 0.4,
                         "counterexample": None, "complexity": None}, started_at=clock.at - 1)
    store.close()
    return tmp_path / "home"


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_pages_figures_are_those_of_stats_json(home: Path, tmp_path: Path) -> None:
    stats = json.loads(run("stats", "--json"))
    out = tmp_path / "report.html"
    assert run("report", "--html", "--out", str(out)).strip() == f"wrote {out}"
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))

    rows = page.rows("patterns")
    assert [r["data-pattern"] for r in rows] == [p["id"] for p in stats["patterns"]]
    for row, p in zip(rows, stats["patterns"]):
        assert (int(row["data-solved"]), int(row["data-total"]), int(row["data-attempts"]), int(row["data-due"])) == (p["solved"], p["total"], p["attempts"], p["due"])
        assert (number(row["data-grok-score"]), number(row["data-retention"]), number(row["data-recognition"])) == (p["grok_score"], p["retention"], p["recognition"])
        assert row["data-grokked"] == str(p["grokked"]).lower()
    bars = page.all("svg", "bar")
    assert [(int(b["data-solved"]), int(b["data-total"])) for b in bars] == [(p["solved"], p["total"]) for p in stats["patterns"]]
    figures = {attrs["id"]: int(attrs["data-value"]) for tag, attrs in page.elements if tag == "div" and attrs.get("class") == "figure"}
    assert (figures["solved"], figures["attempts"], figures["streak"]) == (stats["solved"], stats["attempts"], stats["streak_days"])

    # the grok curve ends at the grok score; the fast & slow pointers one has a point per new problem
    curves = page.all("svg", "curve")
    for curve, p in zip(curves, stats["patterns"]):
        points = [float(x) for x in curve["data-points"].split()]
        assert (points[-1] if points else None) == p["grok_score"]
    fast_slow = next(c for c, p in zip(curves, stats["patterns"]) if p["id"] == "fast-slow-pointers")
    assert [float(x) for x in fast_slow["data-points"].split()] == [1.0, 0.5, pytest.approx(2 / 3, abs=1e-4)]

    confusions = page.rows("confusions")
    assert [(c["data-pattern"], c["data-taken-for"], int(c["data-times"])) for c in confusions] == [
        (c["pattern"], c["taken_for"], c["times"]) for c in stats["confusions"]
    ]


def test_the_page_holds_the_mocks_and_the_latest_judgements(home: Path, tmp_path: Path) -> None:
    history = json.loads(run("mock", "history", "--json"))
    page = Page()
    page.feed(run("report", "--out", "-"))
    mocks = page.rows("mock-history")
    assert [float(m["data-score"]) for m in mocks] == [m["score"] for m in history] and len(mocks) == 1
    assert page.all("svg", "scores")[0]["data-scores"] == " ".join(f"{m['score']:g}" for m in history)
    recent = page.rows("recent")
    assert [(r["data-problem"], r["data-verdict"]) for r in recent[:3]] == [
        ("reorder-list", "accepted"), ("middle-of-linked-list", "accepted"), ("linked-list-cycle", "accepted")
    ]
    with Store(default_path()) as store:
        assert len(recent) == min(20, store.total_attempts())


def test_the_page_loads_nothing_and_runs_no_script(home: Path) -> None:
    page = Page()
    page.feed(run("report", "--out", "-"))
    tags = {tag for tag, _ in page.elements}
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    assert not [a for _, a in page.elements if any(a.get(k, "").startswith(("http:", "https:", "//")) for k in ("src", "href"))]
    assert "svg" in tags


def test_a_title_from_a_pack_is_escaped(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from problems.catalog import builtin_root

    source = builtin_root() / "sliding_window" / "max_sum_subarray_of_size_k"
    folder = tmp_path / "pack" / "sliding_window"
    folder.mkdir(parents=True)
    text = source.with_suffix(".yaml").read_text().replace("id: max-sum-subarray-of-size-k", "id: pack-evil")
    text = text.replace("title: Maximum Sum Subarray of Size K", 'title: "<script>alert(1)</script> Sum"')
    (folder / "pack_evil.yaml").write_text(text)
    (folder / "pack_evil.py").write_text(source.with_suffix(".py").read_text())
    monkeypatch.setenv("GROKPAT_PACKS", str(tmp_path / "pack"))
    with Store(default_path()) as store:
        store.add_attempt("pack-evil", "sliding-window", "wrong_answer", 1_900_000_000.0)
    html = run("report", "--out", "-")
    page = Page()
    page.feed(html)
    assert "script" not in {tag for tag, _ in page.elements}
    assert "<script>alert(1)</script> Sum" in "".join(page.text)  # shown as text


def test_bad_input_is_one_line_and_exit_2(home: Path, tmp_path: Path) -> None:
    both = CliRunner().invoke(cli, ["report", "--html", "--json"])
    assert both.exit_code == 2 and both.output.strip() == "grokpat: error: --html and --json: choose one"
    blocked = CliRunner().invoke(cli, ["report", "--out", str(tmp_path / "no-such-folder" / "x.html")])
    assert blocked.exit_code == 2 and blocked.output.startswith("grokpat: error: cannot write") and len(blocked.output.strip().splitlines()) == 1
