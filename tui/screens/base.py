"""What every screen shares: Escape goes back, the data is read again when it comes back."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen


class GrokpatScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back", key_display="esc", id="back")]

    @property
    def gapp(self) -> Any:
        """The GrokpatApp (typed loosely: screens use its application attributes)."""
        return self.app

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.app.screen_stack) > 1
        return True

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def refresh_data(self) -> None:
        """Read the figures again (after a judgement, or coming back to this screen)."""
