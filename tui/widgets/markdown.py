"""Markdown drawn as one widget (Rich's Markdown, code highlighted with Pygments).

Textual's ``Markdown`` builds a widget per block: a pattern's guide is some eighty of
them, and every focus change restyles them all, which costs a beat on each screen.
One widget draws the same text at once; its code theme follows the app's theme
(dark or light) and it redraws when the theme changes."""

from __future__ import annotations

from typing import Any

from rich.markdown import Markdown
from textual.widgets import Static

DARK_CODE, LIGHT_CODE = "monokai", "friendly"


class MarkdownView(Static):
    def __init__(self, source: str = "", **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self.source = source

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._draw())
        self._draw()

    def show(self, source: str) -> None:
        self.source = source
        self._draw()

    def _draw(self) -> None:
        code = DARK_CODE if self.app.current_theme.dark else LIGHT_CODE
        self.update(Markdown(self.source, code_theme=code, inline_code_lexer="python", hyperlinks=False))
