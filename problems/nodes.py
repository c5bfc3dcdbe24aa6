"""ListNode and TreeNode as the big interview sites define them, and their JSON codecs.

Answers and inputs cross process boundaries as JSON, so every linked structure has a
plain-list form: a linked list is the list of its values (a cyclic one is
``{"values": [...], "pos": k}``, the index the tail links back to), a tree is its
level order with ``None`` for missing children, trailing ``None`` trimmed.

The encoders duck-type (any object with ``.val``/``.next`` or ``.val``/``.left``/
``.right``), so a learner's own node class works too, and they never loop: a cycle
is detected by identity, a tree walk is bounded by the number of distinct nodes.
"""

from __future__ import annotations

from collections import deque
from typing import Any
from collections.abc import Iterable

__all__ = [
    "ListNode",
    "TreeNode",
    "build_list",
    "list_to_wire",
    "build_tree",
    "tree_to_wire",
    "is_list_node",
    "is_tree_node",
]


class ListNode:
    """A singly linked list node: ``.val`` and ``.next``.

    Nodes compare by identity, as on the interview sites: ``slow == fast`` is O(1) and
    asks "the same node?", never "the same values?".
    """

    __slots__ = ("val", "next")

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({list_to_wire(self)!r})"



class TreeNode:
    """A binary tree node: ``.val``, ``.left`` and ``.right`` (compared by identity)."""

    __slots__ = ("val", "left", "right")

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({tree_to_wire(self)!r})"



def is_list_node(obj: object) -> bool:
    """True for anything shaped like a ListNode (a user's own class included)."""
    return hasattr(obj, "val") and hasattr(obj, "next") and not isinstance(obj, type)


def is_tree_node(obj: object) -> bool:
    """True for anything shaped like a TreeNode (a user's own class included)."""
    return (
        hasattr(obj, "val") and hasattr(obj, "left") and hasattr(obj, "right") and not isinstance(obj, type)
    )


def build_list(wire: Any, node_class: type = ListNode) -> Any:
    """Build a linked list from its wire form; ``{"values", "pos"}`` closes a cycle."""
    if isinstance(wire, dict):
        values, pos = wire["values"], wire.get("pos", -1)
    else:
        values, pos = wire, -1
    nodes = [node_class(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and pos is not None and 0 <= pos < len(nodes):
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def list_to_wire(head: Any, limit: int = 1_000_000) -> Any:
    """The wire form of a linked list; a cycle becomes ``{"values", "pos"}``, never an endless walk."""
    seen: dict[int, int] = {}
    values: list[Any] = []
    node = head
    while node is not None:
        key = id(node)
        if key in seen:
            return {"values": values, "pos": seen[key]}
        if len(values) >= limit:
            raise ValueError(f"linked list longer than {limit} nodes")
        seen[key] = len(values)
        values.append(node.val)
        node = node.next
    return values


def build_tree(wire: Iterable[Any] | None, node_class: type = TreeNode) -> Any:
    """Build a tree from level order with ``None`` for missing children (LeetCode's format)."""
    values = list(wire or [])
    if not values or values[0] is None:
        return None
    root = node_class(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = node_class(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = node_class(values[i])
            queue.append(node.right)
        i += 1
    return root


def tree_to_wire(root: Any, limit: int = 1_000_000) -> list[Any]:
    """Level order of a tree with ``None`` holes, trailing ``None`` trimmed.

    A node reached twice (a "tree" with a shared child or a cycle) is an error, not a
    hang: the walk only ever visits distinct nodes.
    """
    out: list[Any] = []
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise ValueError("the tree's nodes form a cycle or share a child")
        seen.add(id(node))
        if len(seen) > limit:
            raise ValueError(f"tree larger than {limit} nodes")
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out
