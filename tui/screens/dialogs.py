"""Small modal screens: a yes/no question, and the reference solution revealed."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui.widgets.markdown import MarkdownView


class ConfirmScreen(ModalScreen[bool]):
    """A question; y or Enter on Yes confirms, n or Escape declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(self.question, id="question", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button("Yes, show it (y)", id="yes", variant="warning")
                yield Button("No (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class RevealScreen(ModalScreen[None]):
    """``grokpat solution``: the pattern's idea, then the reference code."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "dismiss_reveal", "Close", id="close")]

    def __init__(self, shown: Any) -> None:
        super().__init__()
        self.shown = shown

    def compose(self) -> ComposeResult:
        shown = self.shown
        parts = [f"# {shown.problem.title}: the reference solution"]
        if shown.explanation:
            parts += ["## The idea", shown.explanation]
        parts += ["## The code", f"```python\n{shown.source}\n```"]
        if shown.recorded:
            parts.append("*Recorded as a give-up: this problem comes back for review soon. Write it yourself now, then judge it.*")
        with VerticalScroll(id="reveal", classes="dialog"):
            yield MarkdownView("\n\n".join(parts))

    def on_mount(self) -> None:
        self.query_one("#reveal").focus()

    def action_dismiss_reveal(self) -> None:
        self.dismiss(None)
