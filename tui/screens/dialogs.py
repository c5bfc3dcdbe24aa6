"""Small modal screens: a yes/no question, the reference solution revealed, a few numbers
to choose (a mock's minutes, a drill's questions), one line to type, a pattern to pick."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tui.widgets.markdown import MarkdownView
from tui.widgets.picker import PatternPicker


class ConfirmScreen(ModalScreen[bool]):
    """A question; y or Enter on Yes confirms, n or Escape declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str, yes: str = "Yes, show it (y)") -> None:
        super().__init__()
        self.question, self.yes = question, yes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(self.question, id="question", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button(self.yes, id="yes", variant="warning")
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


@dataclass(frozen=True)
class Number:
    """One number a dialog asks for: its key in the answer, label, default and bounds."""

    key: str
    label: str
    default: int
    low: int
    high: int


class NumbersScreen(ModalScreen[dict[str, int] | None]):
    """A title and a few whole numbers, each with its default; Enter starts, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="numbers-cancel")]

    def __init__(self, title: str, numbers: list[Number], start: str = "Start (enter)") -> None:
        super().__init__()
        self.title_text, self.numbers, self.start = title, numbers, start

    def compose(self) -> ComposeResult:
        with Vertical(id="numbers", classes="dialog"):
            yield Static(self.title_text, classes="pane-title", markup=False)
            for number in self.numbers:
                with Horizontal(classes="number-row"):
                    yield Label(f"{number.label} ({number.low}-{number.high})", classes="number-label")
                    yield Input(str(number.default), type="integer", id=f"number-{number.key}", classes="number-input")
            yield Static("", id="numbers-error", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button(self.start, id="start", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def answer(self) -> dict[str, int] | None:
        """The numbers typed, or None (and why, in the dialog) when one is out of bounds."""
        values = {}
        for number in self.numbers:
            text = self.query_one(f"#number-{number.key}", Input).value.strip()
            if not text.isdigit() or not number.low <= int(text) <= number.high:
                self.query_one("#numbers-error", Static).update(f"{number.label}: a whole number from {number.low} to {number.high}")
                return None
            values[number.key] = int(text)
        return values

    @on(Input.Submitted)
    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        values = self.answer()
        if values is not None:
            self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class AskScreen(ModalScreen[str | None]):
    """One line to type (a complexity claimed); Enter gives it, Escape gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="ask-cancel")]

    def __init__(self, question: str, placeholder: str = "") -> None:
        super().__init__()
        self.question, self.placeholder = question, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="ask", classes="dialog"):
            yield Static(self.question, id="question", markup=False)
            yield Input(placeholder=self.placeholder, id="ask-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickPatternScreen(ModalScreen[str | None]):
    """A question and the filtered pick list of the patterns; Escape gives None (skipped)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "skip", "Skip", id="pick-skip")]

    def __init__(self, question: str, choices: list[tuple[str, str]], note: str = "") -> None:
        super().__init__()
        self.question, self.choices, self.note = question, choices, note

    def compose(self) -> ComposeResult:
        with Vertical(id="pick", classes="dialog"):
            yield Static(self.question, id="question", markup=False)
            if self.note:
                yield Static(self.note, classes="summary", markup=False)
            yield PatternPicker(self.choices, id="picker")

    def on_mount(self) -> None:
        self.query_one(PatternPicker).focus_input()

    def on_pattern_picker_picked(self, message: PatternPicker.Picked) -> None:
        if message.pattern_id is not None:
            self.dismiss(message.pattern_id)

    def action_skip(self) -> None:
        self.dismiss(None)
