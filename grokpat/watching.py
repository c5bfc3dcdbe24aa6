"""Watch a solution file: wait until it changes, and until the burst of writes settles.

Editors save in several writes (a temporary file renamed over, a truncate then a write):
a change counts once the file has stayed the same for ``settle`` seconds. Polling the
file's size, modification time and inode needs nothing installed and works on every
file system the editor can write to.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

POLL_S = 0.2
SETTLE_S = 0.3


def stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None  # being replaced: an editor's rename, or deleted
    return st.st_size, st.st_mtime_ns, st.st_ino


def wait_for_change(path: Path, since: tuple[int, int, int] | None = None, stop: threading.Event | None = None,
                    poll: float = POLL_S, settle: float = SETTLE_S) -> tuple[int, int, int] | None:
    """Block until ``path`` differs from ``since`` (its stamp when called, by default) and has
    then stayed the same for ``settle`` seconds; its new stamp. None when ``stop`` is set."""
    seen = stamp(path) if since is None else since
    while True:
        if stop is not None and stop.wait(poll):
            return None
        if stop is None:
            time.sleep(poll)
        now = stamp(path)
        if now is None or now == seen:
            continue
        while True:  # changed: wait for the writes to settle
            time.sleep(settle)
            later = stamp(path)
            if later == now and later is not None:
                return later
            now = later
