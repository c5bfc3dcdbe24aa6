"""``grokpat report``: the learner's progress as one self-contained HTML page.

The figures are those of ``grokpat stats --json`` (the same view, not a second count),
with the grok curve of each pattern, the mock interviews' history and the latest
judgements. The page is rendered by Jinja2 with autoescaping on (titles come from
packs), draws its pictures as inline SVG (``grokpat.svg``) and loads nothing: it works
offline, without JavaScript, and can be mailed to a mentor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grokpat.mock import Mocks
from grokpat.practice import Practice
from grokpat.views import iso, stats_view

TEMPLATES = Path(__file__).parent / "templates"
RECENT = 20


def report_data(practice: Practice, now: float) -> dict[str, Any]:
    """Everything the page shows (``grokpat report --json``)."""
    stats = practice.stats()
    view = stats_view(stats, history=True)
    for pattern in view["patterns"]:
        pattern["grok_curve"] = grok_curve([bool(e["cold"]) for e in pattern["history"] if e["after_first_solve"]])
    titles = {p.id: p.title for p in practice.catalog.problems.values()}
    recent = [
        {"problem": row["problem"], "title": titles.get(row["problem"], row["problem"]), "pattern": row["pattern"], "verdict": row["verdict"],
         "passed": row["passed"], "total": row["total"], "judged_at": iso(row["judged_at"]), "mock": row["mock_id"] is not None}
        for row in practice.store.recent_attempts(RECENT)
    ]
    mocks = [{"id": m["id"], "score": m["score"], "problems": len(m["problems"])} for m in Mocks(practice).history()]
    return {"generated_at": iso(now), "stats": view, "mocks": mocks, "recent": recent}


def grok_curve(cold: list[bool]) -> list[float]:
    """After each problem met once the pattern was solved: the share solved cold so far
    (its last point is the grok score)."""
    return [round(sum(cold[: i + 1]) / (i + 1), 4) for i in range(len(cold))]


def render_html(data: dict[str, Any]) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    from grokpat import svg

    def picture(draw: Any) -> Any:
        return lambda *args: Markup(draw(*args))  # numbers only: our own markup, safe as it is

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined, autoescape=True)
    env.globals.update(progress_bar=picture(svg.progress_bar), curve=picture(svg.grok_curve), scores=picture(svg.score_history), percent=_percent)
    return env.get_template("report.html.j2").render(**data)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"
