"""Where grokpat keeps things: the data folder (the progress store) and the workspace."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def data_dir() -> Path:
    """``$GROKPAT_HOME``, else the platform's user data folder."""
    explicit = os.environ.get("GROKPAT_HOME")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("grokpat"))


def workspace_dir(explicit: str | None = None) -> Path:
    """--dir, else GROKPAT_WORKSPACE, else the current directory."""
    return Path(explicit or os.environ.get("GROKPAT_WORKSPACE") or ".").expanduser()


def editor() -> str | None:
    """The editor a file is opened in: $VISUAL, else $EDITOR, else the first of the usual ones found."""
    for var in ("VISUAL", "EDITOR"):
        if os.environ.get(var):
            return os.environ[var]
    for name in ("nano", "vim", "vi"):
        if shutil.which(name):
            return name
    return None
