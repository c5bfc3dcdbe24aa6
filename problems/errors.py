"""Content errors that name the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class ContentError(Exception):
    """A broken pattern or problem file: where, which field, what is wrong."""

    path: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


def line_of(path: Path, field_path: str | None) -> int | None:
    """The 1-based line of a dotted field path (``examples.1.output``) in a YAML file.

    Only called when an error is reported, so loading stays a plain ``safe_load``.
    """
    import yaml

    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):  # no line rather than a crash while reporting an error
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in (field_path or "").split(".") if field_path else []:
        child: Any = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line, child = key.start_mark.line + 1, value
                    break
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            child = node.value[int(part)]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def last_frame_in(exc: BaseException, filename: str) -> tuple[int, str] | None:
    """(line, function) of the last traceback frame of ``exc`` in ``filename``, or None.

    Walked by hand: ``traceback.extract_tb`` takes seconds on a RecursionError's
    200,000 frames.
    """
    found = None
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            found = (tb.tb_lineno, code.co_name)
        tb = tb.tb_next
    return found


def at(path: Path, field_path: str | None, message: str) -> ContentError:
    """A ContentError with the line of ``field_path`` looked up in the file."""
    return ContentError(path, message, line_of(path, field_path), field_path)
