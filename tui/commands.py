"""The command palette's provider: any pattern or problem, by id or title."""

from __future__ import annotations

from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider


class CatalogCommands(Provider):
    """``ctrl+p`` then a few letters of an id or a title: patterns first, then problems."""

    def _entries(self) -> list[tuple[str, str, Any]]:
        app: Any = self.app
        entries: list[tuple[str, str, Any]] = []
        for pattern in app.catalog.patterns:
            entries.append((f"{pattern.title}  ({pattern.id})", f"pattern {pattern.order}: {len(pattern.problem_ids)} problems", partial(app.open_pattern, pattern.id)))
        for problem in app.catalog.ordered_problems():
            pattern = app.catalog.pattern(problem.pattern)
            where = pattern.title if pattern else problem.pattern
            entries.append((f"{problem.title}  ({problem.id})", f"problem, {problem.difficulty}: {where}", partial(app.open_problem, problem.id)))
        return entries

    async def discover(self) -> Hits:
        app: Any = self.app
        for pattern in app.catalog.patterns:
            yield DiscoveryHit(f"{pattern.title}  ({pattern.id})", partial(app.open_pattern, pattern.id), help=f"pattern {pattern.order}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, text=text, help=help_text)
