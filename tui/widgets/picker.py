"""A filtered pick list of the patterns: type to narrow the list, Enter picks.

The learner names a pattern without being shown its guide (a mock's pattern prompt, a
drill's answer): an Input above an OptionList. Typing keeps the options whose number,
id or title contain every word typed; up and down move the highlight from the Input;
Enter picks the highlighted one (the first match). The screen gets ``Picked``."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option


class PatternPicker(Vertical):
    """``choices``: (pattern id, shown label) in teaching order."""

    BINDINGS = [
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    class Picked(Message):
        """Enter: the highlighted pattern's id, or None when nothing matches what was typed."""

        def __init__(self, picker: PatternPicker, pattern_id: str | None, typed: str) -> None:
            super().__init__()
            self.picker, self.pattern_id, self.typed = picker, pattern_id, typed

        @property
        def control(self) -> PatternPicker:
            return self.picker

    def __init__(self, choices: list[tuple[str, str]], placeholder: str = "type to filter the patterns, Enter picks", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.choices = list(choices)
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, id="picker-filter")
        yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self.query_one(OptionList).can_focus = False  # the Input keeps the keys; up/down move the list
        self.filter("")

    @property
    def matches(self) -> list[str]:
        """The ids listed now, in order."""
        options = self.query_one(OptionList)
        return [str(options.get_option_at_index(i).id) for i in range(options.option_count)]

    @property
    def highlighted(self) -> str | None:
        option = self.query_one(OptionList).highlighted_option
        return str(option.id) if option is not None else None

    def filter(self, typed: str) -> None:
        words = typed.lower().split()
        shown = [(pid, label) for pid, label in self.choices if all(w in f"{pid} {label}".lower() for w in words)]
        options = self.query_one(OptionList)
        options.set_options([Option(label, id=pid) for pid, label in shown])
        options.highlighted = 0 if shown else None

    def clear(self) -> None:
        """Empty the Input and list every pattern again (a new question)."""
        self.query_one(Input).value = ""
        self.filter("")

    def focus_input(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter(event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Picked(self, self.highlighted, event.value))

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self, str(event.option.id), self.query_one(Input).value))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = ((options.highlighted or 0) + step) % options.option_count
