"""Judge on save: watch one solution file and say when its text changed.

``watch_file`` watches the file's folder with ``watchfiles`` (editors often save by
writing a new file and renaming it over the old one, which a watch on the file itself
would miss), keeps only the events of that file, lets a burst of writes settle
(``watchfiles`` yields once no event has come for ``STEP_MS``) and calls ``changed``
only when the text is not the one it saw last: a ``touch``, an editor's backup write or
our own write of the stub judge nothing. Where the platform gives no file events (a watch
limit reached, some network file systems), it polls the folder instead.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from pathlib import Path

STEP_MS = 150  # quiet time after the last event before the burst counts as one save
DEBOUNCE_MS = 1600  # at most this long a burst is gathered


def digest(path: Path) -> str | None:
    """The file's text as a hash, or None when it cannot be read (not there yet)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class FileWatch:
    """The last text seen of one file; ``seen`` marks a text as judged or written by us."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last = digest(path)

    def seen(self) -> None:
        self.last = digest(self.path)

    def check(self) -> bool:
        """True when the text changed since it was last seen (and remember it)."""
        now = digest(self.path)
        if now is None or now == self.last:
            return False
        self.last = now
        return True


async def watch_file(watch: FileWatch, changed: Callable[[], None], stop: asyncio.Event) -> None:
    """Call ``changed`` after each save that changes the file's text, until ``stop`` is set."""
    from watchfiles import awatch

    folder = watch.path.parent
    while not folder.is_dir():  # the workspace appears when the first file is written
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.5)
            return
        except TimeoutError:
            continue
    name = watch.path.name

    def ours(change: object, path: str) -> bool:
        return Path(path).name == name

    try:
        async for _ in awatch(folder, watch_filter=ours, stop_event=stop, debounce=DEBOUNCE_MS, step=STEP_MS, recursive=False):
            if watch.check():
                changed()
    except (OSError, RuntimeError):  # no file events here (a watch limit, a network file system): poll instead
        if stop.is_set():
            return
        async for _ in awatch(folder, watch_filter=ours, stop_event=stop, debounce=DEBOUNCE_MS, step=STEP_MS, recursive=False, force_polling=True, poll_delay_ms=300):
            if watch.check():
                changed()
