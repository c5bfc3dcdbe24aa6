"""Parse the signature strings of the catalog (``def f(a: int) -> int`` or a class).

A function signature names the entry and its parameters in order; a class
signature (``class Trie: def insert(self, word: str) -> None; ...``) names the class
and its methods. The strings are kept verbatim: ``grokpat start`` writes them as is.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Method:
    """One method of a design problem's class."""

    name: str
    params: tuple[str, ...]
    source: str  # "def insert(self, word: str) -> None"
    required: int = 0  # how many params have no default


@dataclass(frozen=True)
class Signature:
    """What the learner must define: a function or a class with methods."""

    kind: str  # "function" | "class"
    entry: str
    params: tuple[str, ...] = ()
    methods: tuple[Method, ...] = field(default=())
    source: str = ""
    returns: str = ""  # the function's return annotation, as written

    @property
    def returns_node(self) -> str | None:
        """``ListNode`` or ``TreeNode`` when the function returns a node (or None), else None."""
        m = re.fullmatch(r"(?:Optional\[)?\s*(ListNode|TreeNode)\s*(?:\|\s*None)?\]?", self.returns.strip())
        return m.group(1) if m else None

    @property
    def uses_list_node(self) -> bool:
        return "ListNode" in self.source

    @property
    def uses_tree_node(self) -> bool:
        return "TreeNode" in self.source


class SignatureError(ValueError):
    """A signature string that is not one ``def`` or one ``class`` with methods."""


def parse_signature(text: str) -> Signature:
    """Parse a catalog signature string."""
    text = text.strip()
    if text.startswith("class "):
        head, _, rest = text.partition(":")
        name = head[len("class ") :].strip()
        if not name.isidentifier():
            raise SignatureError(f"bad class name in {text!r}")
        methods = []
        for part in (p.strip() for p in rest.split(";")):
            if not part:
                continue
            fn = _parse_def(part)
            params = tuple(a.arg for a in fn.args.args)
            if not params or params[0] != "self":
                raise SignatureError(f"method {fn.name} must take self first")
            methods.append(Method(fn.name, params[1:], part, len(params) - 1 - len(fn.args.defaults)))
        if not methods:
            raise SignatureError(f"class {name} lists no methods")
        return Signature("class", name, (), tuple(methods), text)
    fn = _parse_def(text)
    returns = ast.unparse(fn.returns) if fn.returns is not None else ""
    return Signature("function", fn.name, tuple(a.arg for a in fn.args.args), (), text, returns)


def _parse_def(text: str) -> ast.FunctionDef:
    if not re.match(r"^def\s+\w+\s*\(", text):
        raise SignatureError(f"expected 'def name(...)' or 'class Name: def ...', got {text!r}")
    try:
        module = ast.parse(text + ": ...")
    except SyntaxError as exc:
        raise SignatureError(f"not a valid def: {text!r} ({exc.msg})") from None
    fn = module.body[0]
    assert isinstance(fn, ast.FunctionDef)
    return fn
