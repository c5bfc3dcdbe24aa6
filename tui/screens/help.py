"""Help: every key of every screen, as the keymap has them now, with the ids to remap them."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

ABOUT = (
    "Pick a pattern, read its guide, open a problem, write the solution file and edit it "
    "(here with e, or in any editor: saving it judges it), read the verdict beside the statement. "
    "On the home screen, m starts (or resumes) a timed mock interview, d a drill in naming patterns. "
    "Remap any key in $GROKPAT_HOME/keymap.toml: a [keymap] table of id = \"key\"."
)


def _bindings(owner: Any) -> list[Binding]:
    return [b for b in Binding.make_bindings(getattr(owner, "BINDINGS", [])) if b.description]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "close", "Close", id="close-help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(Text(ABOUT, style="dim"))
            yield Static(self._table(), id="help-keys")

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def _table(self) -> Table:
        from tui.screens.base import GrokpatScreen
        from tui.screens.home import HomeScreen
        from tui.screens.mock import MockProblemScreen, MockScreen
        from tui.screens.pattern import PatternScreen
        from tui.screens.problem import ProblemScreen

        app: Any = self.app
        sections: list[tuple[str, list[Binding]]] = [
            ("Everywhere", _bindings(type(app)) + _bindings(GrokpatScreen)),
            ("Home", _bindings(HomeScreen)),
            ("Pattern", _bindings(PatternScreen)),
            ("Problem", _bindings(ProblemScreen)),
            ("Mock interview", _bindings(MockScreen) + _bindings(MockProblemScreen)),
        ]
        table = Table(box=None, show_header=True, pad_edge=False, expand=True)
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("does")
        table.add_column("id", style="dim", no_wrap=True)
        seen: set[str | None] = set()  # a key listed once, where it is first met
        for title, bindings in sections:
            table.add_row(Text(title, style="bold underline"), "", "")
            for binding in bindings:
                if binding.id in seen:
                    continue
                seen.add(binding.id)
                key = app.key_for(binding.id, binding.key) if binding.id else binding.key
                table.add_row(key if not binding.key_display or binding.id in app._keymap else binding.key_display, binding.description, binding.id or "")
        table.add_row(Text("Also", style="bold underline"), "", "")
        table.add_row(app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "")), "command palette: any pattern or problem by id or title, themes", "")
        table.add_row("enter", "open the pattern or problem under the cursor", "")
        table.add_row("ctrl+q", "quit", "")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
