"""What an input type is, and the registry that knows every one of them.

A parameter's spec (``{type: list, of: {...}, min_size: 1}``) names a type; the type
knows everything about its values: which keys its spec takes and how each is checked,
the wire *shape* a solution receives, a random sample of a given size for the
complexity probe, the corner values tried before anything is generated, the
Hypothesis strategy, the check that a value belongs to the spec, and (for linked
structures) the codec between wire form and objects. Adding a type is one subclass of
``InputType`` decorated with ``@register``.

Nothing here imports Hypothesis at module level: browsing the catalog reads specs too.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard
from collections.abc import Callable, Mapping

from problems.expr import ExprError, evaluate, names_in

if TYPE_CHECKING:  # pragma: no cover - only for annotations
    from hypothesis.strategies import SearchStrategy

Env = Mapping[str, Any]
FieldErrors = list[tuple[str, str]]
DEFAULT_INT = (-100, 100)
DEFAULT_SIZE = (0, 20)
# (size, values) corners: "asc"/"desc" are ramps, where the best answer sits at one end,
# the classic place for an off-by-one at the first or last index.
EDGE_MODES = (("min", "min"), ("min", "max"), ("one", "min"), ("max", "min"), ("max", "max"), ("max", "asc"), ("max", "desc"))


class NoCorner(ValueError):
    """This corner of the spec does not exist (too few distinct values, no room)."""


@dataclass(frozen=True)
class Key:
    """One key of a spec: its kind decides how it is checked.

    kinds: ``bound`` (a number or an expression over earlier parameters), ``size`` (a
    non-negative int or an expression), ``flag`` (a YAML bool), ``choice`` (one of
    ``choices``), ``spec`` (a nested spec), ``text`` (a non-empty string), ``values`` (a
    non-empty list), ``value`` (any JSON value).
    """

    name: str
    kind: str
    doc: str
    choices: tuple[Any, ...] = ()
    required: bool = False


TYPES: dict[str, InputType] = {}


def register(cls: type[InputType]) -> type[InputType]:
    """Class decorator: add one instance of the type to the registry under its name."""
    TYPES[cls.name] = cls()
    return cls


def type_of(spec: Mapping[str, Any]) -> InputType:
    """The registered type of a (checked) spec."""
    return TYPES[spec["type"]]


def bounds(spec: Mapping[str, Any], lo_key: str, hi_key: str, env: Env, default: tuple[int, int]) -> tuple[Any, Any]:
    """The (low, high) pair of a spec, expressions evaluated against earlier parameters."""
    return evaluate(spec.get(lo_key, default[0]), env), evaluate(spec.get(hi_key, default[1]), env)


def literal(value: Any) -> TypeGuard[int | float]:
    """A plain number (not an expression, not a bool): consistency is checked statically."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class InputType:
    """One kind of parameter value. Subclasses set the class attributes and override
    what differs; every method receives the spec (already checked) and ``env``, the
    wire values of the parameters drawn before this one."""

    name: ClassVar[str]
    keys: ClassVar[tuple[Key, ...]] = ()
    wire: ClassVar[str] = ""  # the wire form, for FORMAT.md's table
    collection: ClassVar[bool] = False  # the complexity probe grows its size
    size_keys: ClassVar[tuple[str, str]] = ("min_size", "max_size")

    # --- the spec ------------------------------------------------------------------------

    def key(self, name: str) -> Key | None:
        return next((k for k in self.keys if k.name == name), None)

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        """Errors beyond each key's own type: bounds in the wrong order, impossible uniqueness."""
        return []

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        """How many distinct values the spec allows, when few enough to matter (None: plenty,
        or unknown until earlier parameters are drawn)."""
        return None

    # --- values --------------------------------------------------------------------------

    def shape(self, spec: Mapping[str, Any]) -> Any:
        """How the wire value becomes the object a solution gets (see ``problems.wire``)."""
        return "plain"

    def decode(self, wire: Any) -> Any:
        """The object a solution receives for a wire value of this type's shape."""
        return wire

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        """A random wire value; ``size`` overrides a collection's size (or an int's value)."""
        raise NotImplementedError

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        """One corner value: ``size_mode`` min/one/max, ``value_mode`` min/max/asc/desc.
        Raises ``NoCorner`` when that corner does not exist."""
        raise NotImplementedError

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        """``k`` distinct values in ascending order, from the low or the high end (for
        unique lists and binary search trees); ``NoCorner`` when there are not ``k``."""
        raise NoCorner(f"no distinct corner values for type {self.name}")

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        """The Hypothesis strategy of wire values (Hypothesis is imported only here)."""
        raise NotImplementedError

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        """Why ``value`` is not a wire value of this spec, or None when it is."""
        raise NotImplementedError

    # --- helpers for subclasses ------------------------------------------------------------

    def size_range(self, spec: Mapping[str, Any], env: Env, default: tuple[int, int] = DEFAULT_SIZE) -> tuple[int, int]:
        lo, hi = bounds(spec, self.size_keys[0], self.size_keys[1], env, default)
        return max(0, lo), max(max(0, lo), hi)

    def pick_size(self, spec: Mapping[str, Any], env: Env, size_mode: str, default: tuple[int, int] = DEFAULT_SIZE) -> int:
        lo, hi = self.size_range(spec, env, default)
        return {"min": lo, "one": max(lo, min(1, hi)), "max": hi}[size_mode]

    def size_violation(self, spec: Mapping[str, Any], env: Env, size: int, what: str = "items") -> str | None:
        lo, hi = self.size_range(spec, env)
        if not lo <= size <= hi:
            return f"{size} {what}, not between {lo} and {hi}"
        return None


# --- checking a spec --------------------------------------------------------------------


def spec_errors(spec: Any, where: str, earlier: set[str]) -> FieldErrors:
    """Problems with a spec, as (field path, message) pairs; empty when it is sound."""
    if not isinstance(spec, dict):
        return [(where, "must be a mapping with a 'type'")]
    kind = spec.get("type")
    if not isinstance(kind, str) or kind not in TYPES:
        return [(f"{where}.type", f"unknown type {kind!r}; one of {', '.join(sorted(TYPES))}")]
    itype = TYPES[kind]
    errors: FieldErrors = []
    for name in spec:
        if name != "type" and itype.key(name) is None:
            known = ", ".join(k.name for k in itype.keys) or "none"
            errors.append((f"{where}.{name}", f"unknown key for type {kind} (its keys: {known})"))
    for key in itype.keys:
        if key.name not in spec:
            if key.required:
                errors.append((f"{where}.{key.name}", f"a {kind} needs '{key.name}' ({key.doc})"))
            continue
        errors.extend(_key_errors(key, spec[key.name], f"{where}.{key.name}", earlier))
    if errors:
        return errors
    return itype.consistency(spec, where)


def _key_errors(key: Key, value: Any, where: str, earlier: set[str]) -> FieldErrors:
    if key.kind == "spec":
        return spec_errors(value, where, earlier)
    if key.kind in ("bound", "size"):
        if isinstance(value, str):
            try:
                unknown = names_in(value) - earlier
            except ExprError as exc:
                return [(where, str(exc))]
            if unknown:
                return [(where, f"refers to {', '.join(sorted(unknown))}, not an earlier parameter")]
            return []
        if key.kind == "size" and not (is_int(value) and value >= 0):
            return [(where, f"must be a non-negative integer or an expression, not {value!r}")]
        if not literal(value):
            return [(where, f"must be a number or an expression, not {value!r}")]
        return []
    if key.kind == "flag":
        return [] if isinstance(value, bool) else [(where, f"must be true or false (a YAML bool), not {value!r}")]
    if key.kind == "choice":
        ok = any(value == c and type(value) is type(c) for c in key.choices)
        return [] if ok else [(where, f"must be one of {', '.join(map(_yaml_word, key.choices))}, not {value!r}")]
    if key.kind == "text":
        return [] if isinstance(value, str) and value else [(where, "must be a non-empty string")]
    if key.kind == "values":
        return [] if isinstance(value, list) and value else [(where, "must be a non-empty list")]
    return []  # "value": any JSON value (checked with the examples)


def _yaml_word(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def ordered_error(spec: Mapping[str, Any], where: str, lo_key: str, hi_key: str) -> FieldErrors:
    """``min`` above ``max`` (when both are plain numbers)."""
    lo, hi = spec.get(lo_key), spec.get(hi_key)
    if literal(lo) and literal(hi) and lo > hi:
        return [(f"{where}.{lo_key}", f"{lo_key} {lo} is above {hi_key} {hi}")]
    return []


@functools.cache
def _decorated(draw_function: Callable[..., Any]) -> Callable[..., Any]:
    from hypothesis import strategies as st

    return st.composite(draw_function)


def composite(draw_function: Callable[..., Any], *args: Any) -> SearchStrategy[Any]:
    """``st.composite(draw_function)(*args)``, the function decorated only once.

    Hypothesis reads a composite's source when it is decorated (about a millisecond), and
    strategies whose sizes depend on earlier parameters are built again for every draw:
    a draw function defined inside them cost more than the drawing. Module-level draw
    functions take what they need as arguments instead.
    """
    return _decorated(draw_function)(*args)
