"""The tables of patterns and problems: rows in, a ``Chosen`` message out (Enter or a click)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from tui.widgets.marks import bar, colour, difficulty_text, percent, status_text


@dataclass(frozen=True)
class PatternRow:
    id: str
    order: int
    title: str
    solved: int
    total: int
    grok_score: float | None = None
    grokked: bool = False
    due: int = 0


@dataclass(frozen=True)
class ProblemRow:
    id: str
    title: str
    difficulty: str
    status: str = "unseen"
    note: str = ""  # a column of the screen's choice (the pattern, how overdue)


class TableChosen(Message):
    """A row was chosen (Enter or a click): its key, the pattern's or the problem's id."""

    def __init__(self, table: DataTable[Any], key: str) -> None:
        super().__init__()
        self.table, self.key = table, key

    @property
    def control(self) -> DataTable[Any]:
        return self.table


class _Table(DataTable[Any]):
    """A row-cursor table whose rows are keyed by id, redrawn when the theme changes."""

    Chosen: type[TableChosen] = TableChosen

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self._rows: list[Any] = []

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._draw())

    def show(self, rows: list[Any]) -> None:
        """Replace the rows, keeping the cursor on the same id where it can."""
        keep = self.current_key
        self._rows = list(rows)
        self._draw()
        if keep is not None:
            self.select(keep)

    @property
    def current_key(self) -> str | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return str(key) if key is not None else None

    def select(self, key: str) -> bool:
        for index, row in enumerate(self._rows):
            if row.id == key:
                self.move_cursor(row=index)
                return True
        return False

    def _draw(self) -> None:
        raise NotImplementedError

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Chosen(self, str(event.row_key.value)))


class PatternTable(_Table):
    """The patterns in teaching order: progress bar, solved/total, grok score, grokked, due."""

    class Chosen(TableChosen):
        pass

    def _draw(self) -> None:
        cursor = self.cursor_row
        self.clear(columns=True)
        # explicit widths: a column sized later (on idle) can leave a stale drawing behind
        self.add_column("#", key="order", width=2)
        self.add_column("Pattern", key="title", width=max([7, *(len(r.title) for r in self._rows)]))
        self.add_column("Progress", key="bar", width=10)
        self.add_column("Solved", key="solved", width=6)
        self.add_column("Grok", key="grok", width=6)
        self.add_column("Due", key="due", width=3)
        ok, accent, muted = colour(self.app, "success"), colour(self.app, "accent"), "dim"
        for row in self._rows:
            grok = Text(percent(row.grok_score).rjust(4), style=muted if row.grok_score is None else "")
            if row.grokked:
                grok.append(" ✓", style=f"bold {ok}")
            self.add_row(
                Text(str(row.order), style=muted, justify="right"),
                Text(row.title),
                Text(bar(row.solved, row.total), style=ok if row.solved else muted),
                Text(f"{row.solved}/{row.total}", justify="right"),
                grok,
                Text(str(row.due) if row.due else "", style=f"bold {accent}", justify="right"),
                key=row.id,
            )
        if self._rows:
            self.move_cursor(row=min(cursor, len(self._rows) - 1))


class ProblemTable(_Table):
    """Problems: status mark, title, difficulty, and a note column when the screen gives one."""

    class Chosen(TableChosen):
        pass

    def _draw(self) -> None:
        cursor = self.cursor_row
        self.clear(columns=True)
        notes = any(row.note for row in self._rows)
        self.add_column(" ", key="status", width=1)
        self.add_column("Level", key="difficulty", width=6)  # before the title: a long title is cut at its end, never the level
        self.add_column("Problem", key="title", width=max([7, *(len(r.title) for r in self._rows)]))
        if notes:
            self.add_column("", key="note", width=max(len(r.note) for r in self._rows))
        for row in self._rows:
            cells: list[Any] = [status_text(self.app, row.status), difficulty_text(self.app, row.difficulty), Text(row.title)]
            if notes:
                cells.append(Text(row.note, style="dim"))
            self.add_row(*cells, key=row.id)
        if self._rows:
            self.move_cursor(row=min(cursor, len(self._rows) - 1))


@dataclass(frozen=True)
class StatsRow:
    id: str
    title: str
    solved: int
    total: int
    grok_score: float | None
    grokked: bool
    retention: float | None
    due: int
    attempts: int


class StatsTable(_Table):
    """``grokpat stats``: a bar per pattern, grok score, retention (kept), reviews due."""

    class Chosen(TableChosen):
        pass

    def _draw(self) -> None:
        cursor = self.cursor_row
        self.clear(columns=True)
        title = max([7, *(len(r.title) for r in self._rows)])
        for label, key, width in (("Pattern", "title", title), ("Solved", "bar", 12), ("", "count", 7), ("Grok", "grok", 6), ("Kept", "kept", 4), ("Due", "due", 3), ("Judged", "attempts", 6)):
            self.add_column(label, key=key, width=width)
        ok, accent = colour(self.app, "success"), colour(self.app, "accent")
        for row in self._rows:
            grok = Text(percent(row.grok_score).rjust(4), style="dim" if row.grok_score is None else "")
            if row.grokked:
                grok.append(" ✓", style=f"bold {ok}")
            self.add_row(
                Text(row.title),
                Text(bar(row.solved, row.total, 12), style=ok if row.solved else "dim"),
                Text(f"{row.solved}/{row.total}", justify="right"),
                grok,
                Text(percent(row.retention).rjust(4), style="dim" if row.retention is None else ""),
                Text(str(row.due) if row.due else "", style=f"bold {accent}", justify="right"),
                Text(str(row.attempts), justify="right", style="dim" if not row.attempts else ""),
                key=row.id,
            )
        if self._rows:
            self.move_cursor(row=min(cursor, len(self._rows) - 1))
