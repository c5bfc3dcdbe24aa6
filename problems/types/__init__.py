"""The registry of input types (see ``problems.types.base``).

Importing this package registers every type. A new type is one ``@register``-ed
subclass of ``InputType`` in one of these modules (or a new module imported here),
plus its spec strategy in ``tests/problems/test_input_types.py``; ``problems/FORMAT.md``'s
table is checked against ``format_table()`` by a test.
"""

from __future__ import annotations

# Importing the modules registers their types, in this order (the order of FORMAT.md's table).
from problems.types import scalars  # noqa: F401
from problems.types import sequences  # noqa: F401
from problems.types import linked  # noqa: F401
from problems.types import graphs  # noqa: F401
from problems.types.base import EDGE_MODES, TYPES, InputType, Key, NoCorner, spec_errors, type_of

__all__ = ["EDGE_MODES", "TYPES", "InputType", "Key", "NoCorner", "format_table", "spec_errors", "type_of"]


def format_table() -> str:
    """The Markdown table of input types for ``problems/FORMAT.md``, from the registry."""
    lines = ["| type | keys | wire value |", "|---|---|---|"]
    for name, itype in TYPES.items():
        keys = ", ".join(f"`{k.name}`" + (" (required)" if k.required else "") + f": {k.doc}" for k in itype.keys)
        lines.append(f"| `{name}` | {keys} | {itype.wire} |")
    return "\n".join(lines)
