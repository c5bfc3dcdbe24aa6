"""A scrolling pane that can take focus and be zoomed to the whole screen (z)."""

from __future__ import annotations

from typing import Any

from textual.containers import VerticalScroll


class Pane(VerticalScroll):
    ALLOW_MAXIMIZE = True

    def __init__(self, *children: Any, **kwargs: Any) -> None:
        super().__init__(*children, **kwargs)
        self.can_focus = True
