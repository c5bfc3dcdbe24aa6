"""A pattern: its guide (summary, cues, template, complexity, mistakes) and its problems."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from problems.model import Pattern
from tui.screens.base import GrokpatScreen
from tui.widgets.markdown import MarkdownView
from tui.widgets.pane import Pane
from tui.widgets.tables import ProblemRow, ProblemTable


def guide_markdown(pattern: Pattern, related_titles: list[str]) -> str:
    """The pattern's guide as Markdown, the template as highlighted Python."""
    parts = [f"# {pattern.order}. {pattern.title}", pattern.summary.strip(), "## How to recognise it"]
    parts += ["\n".join(f"- {cue}" for cue in pattern.cues)]
    parts += ["## Template", f"```python\n{pattern.template.rstrip()}\n```"]
    if pattern.complexity:
        lines = [f"- **{k}**: {v}" for k, v in pattern.complexity.items() if k != "note"]
        if pattern.complexity.get("note"):
            lines.append(f"\n{pattern.complexity['note']}")
        parts += ["## Complexity", "\n".join(lines)]
    if pattern.mistakes:
        parts += ["## Common mistakes", "\n".join(f"- {m}" for m in pattern.mistakes)]
    if related_titles:
        parts += ["## Related", ", ".join(related_titles)]
    return "\n\n".join(parts) + "\n"


class PatternScreen(GrokpatScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "switch", "Guide/problems", id="switch-pane"),
        Binding("z", "zoom", "Zoom", id="zoom"),
    ]

    def __init__(self, pattern_id: str) -> None:
        super().__init__()
        self.pattern_id = pattern_id

    @property
    def pattern(self) -> Pattern:
        pattern = self.gapp.catalog.pattern(self.pattern_id)
        assert pattern is not None
        return pattern

    def compose(self) -> ComposeResult:
        pattern = self.pattern
        catalog = self.gapp.catalog
        related = [p.title for p in (catalog.pattern(r) for r in pattern.related) if p is not None]
        yield Header()
        with Horizontal(id="pattern-layout", classes="panes"):
            with Pane(id="guide-pane", classes="pane"):
                yield MarkdownView(guide_markdown(pattern, related), id="guide")
            with Pane(id="problems-pane", classes="pane"):
                yield Static(f"Problems  {len(pattern.problem_ids)}", id="problems-title", classes="pane-title")
                yield ProblemTable(id="problems")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"pattern {self.pattern.order} of {len(self.gapp.catalog.patterns)}: {self.pattern.title}"
        self.refresh_data()
        self.query_one(ProblemTable).focus()

    def refresh_data(self) -> None:
        app = self.gapp
        statuses = app.store_call("read your progress", lambda practice: practice.statuses()) if app.practice else None
        problems = app.catalog.problems_of(self.pattern_id)
        rows = [ProblemRow(p.id, p.title, p.difficulty, (statuses or {}).get(p.id, "unseen")) for p in problems]
        table = self.query_one(ProblemTable)
        table.show(rows)
        solved = sum(1 for r in rows if r.status in ("solved", "due"))
        self.query_one("#problems-title", Static).update(f"Problems  {solved}/{len(rows)} solved")

    def on_problem_table_chosen(self, message: ProblemTable.Chosen) -> None:
        self.gapp.open_problem(message.key)

    def action_switch(self) -> None:
        guide = self.query_one("#guide-pane")
        table = self.query_one(ProblemTable)
        (table if guide.has_focus else guide).focus()

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            target = self.query_one("#guide-pane") if self.focused is self.query_one("#guide-pane") else self.query_one("#problems-pane")
            self.maximize(target, container=False)
