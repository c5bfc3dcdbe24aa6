"""Scalar input types: int, float, bool, str, choice, const."""

from __future__ import annotations

import itertools
import json
import math
import random
import string
from typing import TYPE_CHECKING, Any
from collections.abc import Mapping

from problems.types.base import (
    DEFAULT_INT,
    Env,
    FieldErrors,
    InputType,
    Key,
    NoCorner,
    bounds,
    is_int,
    literal,
    ordered_error,
    register,
)

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

ALPHABETS = {
    "lowercase": string.ascii_lowercase,
    "uppercase": string.ascii_uppercase,
    "letters": string.ascii_letters,
    "digits": string.digits,
    "printable": "".join(chr(c) for c in range(32, 127)),
    "alphanumeric": string.ascii_letters + string.digits,
}


def same_json(a: Any, b: Any) -> bool:
    """Strict JSON equality (True is not 1)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


class _Number(InputType):
    keys = (Key("min", "bound", "the smallest value"), Key("max", "bound", "the largest value"))

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        return ordered_error(spec, where, "min", "max")

    def range(self, spec: Mapping[str, Any], env: Env) -> tuple[Any, Any]:
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return lo, max(lo, hi)

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        lo, hi = self.range(spec, env)
        return self.cast(hi if value_mode == "max" else lo)

    def cast(self, value: Any) -> Any:
        return value


@register
class IntType(_Number):
    name = "int"
    wire = "an int"

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        lo, hi = spec.get("min", DEFAULT_INT[0]), spec.get("max", DEFAULT_INT[1])
        return int(hi - lo + 1) if literal(lo) and literal(hi) else None

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        if size is not None:
            return size
        lo, hi = self.range(spec, env)
        return rng.randint(lo, hi)

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        lo, hi = self.range(spec, env)
        if hi - lo + 1 < k:
            raise NoCorner(f"only {hi - lo + 1} distinct ints in [{lo}, {hi}]")
        return list(range(hi - k + 1, hi + 1)) if high else list(range(lo, lo + k))

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.range(spec, env)
        return st.integers(lo, hi)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not is_int(value):
            return f"{value!r} is not an int"
        lo, hi = self.range(spec, env)
        return None if lo <= value <= hi else f"{value} is not between {lo} and {hi}"


@register
class FloatType(_Number):
    name = "float"
    wire = "a float"

    def cast(self, value: Any) -> Any:
        return float(value)

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        lo, hi = spec.get("min", DEFAULT_INT[0]), spec.get("max", DEFAULT_INT[1])
        return 1 if literal(lo) and literal(hi) and lo == hi else None

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        lo, hi = self.range(spec, env)
        return float(rng.uniform(lo, hi))

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        lo, hi = (float(x) for x in self.range(spec, env))
        if k == 1:
            return [hi if high else lo]
        values = [lo] + [min(hi, max(lo, lo + (hi - lo) * i / (k - 1))) for i in range(1, k - 1)] + [hi] if k > 1 else []
        if len(set(values)) != len(values):
            raise NoCorner("no room for distinct floats")
        return values

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.range(spec, env)
        return st.floats(float(lo), float(hi), allow_nan=False, allow_infinity=False)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, float) or math.isnan(value):
            return f"{value!r} is not a float"
        lo, hi = self.range(spec, env)
        return None if lo <= value <= hi else f"{value} is not between {lo} and {hi}"


@register
class BoolType(InputType):
    name = "bool"
    wire = "a bool"

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        return 2

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        return rng.random() < 0.5

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        return value_mode == "max"

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        if k > 2:
            raise NoCorner("only 2 bools")
        return [False, True][2 - k :] if high else [False, True][:k]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.booleans()

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        return None if isinstance(value, bool) else f"{value!r} is not a bool"


@register
class StrType(InputType):
    name = "str"
    keys = (
        Key("alphabet", "text", "characters, or lowercase uppercase letters digits alphanumeric printable"),
        Key("min_size", "size", "the shortest length"),
        Key("max_size", "size", "the longest length"),
    )
    wire = "a string"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        return ordered_error(spec, where, "min_size", "max_size")

    @staticmethod
    def chars(spec: Mapping[str, Any]) -> str:
        """The characters a string may hold (a preset name or the literal characters)."""
        alpha = spec.get("alphabet", "lowercase")
        return "".join(dict.fromkeys(ALPHABETS.get(alpha, alpha)))

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        lo, hi = spec.get("min_size", 0), spec.get("max_size", 20)
        if not (literal(lo) and literal(hi)):
            return None
        letters = len(self.chars(spec))
        return sum(min(letters**length, 10**9) for length in range(int(lo), int(hi) + 1))

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        chars = self.chars(spec)
        if size is None:
            lo, hi = self.size_range(spec, env)
            size = rng.randint(lo, hi)
        return "".join(rng.choice(chars) for _ in range(size))

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        chars = self.chars(spec)
        return (chars[-1] if value_mode == "max" else chars[0]) * self.pick_size(spec, env, size_mode)

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        chars = sorted(self.chars(spec), reverse=high)
        lo, hi = self.size_range(spec, env)
        found: list[str] = []
        if k <= 0:
            return found
        for length in range(lo, hi + 1):
            for letters in itertools.product(chars, repeat=length):
                found.append("".join(letters))
                if len(found) == k:
                    return sorted(found)
        raise NoCorner(f"only {len(found)} distinct strings")

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.size_range(spec, env)
        return st.text(alphabet=self.chars(spec), min_size=lo, max_size=hi)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{value!r} is not a string"
        stray = set(value) - set(self.chars(spec))
        if stray:
            return f"{value!r} holds characters outside the alphabet: {''.join(sorted(stray))!r}"
        return self.size_violation(spec, env, len(value), "characters")


@register
class ChoiceType(InputType):
    name = "choice"
    keys = (Key("values", "values", "the values to choose from", required=True),)
    wire = "one of the values"

    def unique_values(self, spec: Mapping[str, Any]) -> list[Any]:
        seen: dict[str, Any] = {}
        for v in spec["values"]:
            seen.setdefault(json.dumps(v, sort_keys=True), v)
        return list(seen.values())

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        return len(self.unique_values(spec))

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        return rng.choice(spec["values"])

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        return spec["values"][-1 if value_mode == "max" else 0]

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        values = self.unique_values(spec)
        if len(values) < k:
            raise NoCorner(f"only {len(values)} distinct choices")
        try:
            values = sorted(values)
        except TypeError:
            pass
        return values[len(values) - k :] if high else values[:k]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.sampled_from(spec["values"])

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        return None if any(same_json(value, v) for v in spec["values"]) else f"{value!r} is not one of {spec['values']!r}"


@register
class ConstType(InputType):
    name = "const"
    keys = (Key("value", "value", "the value", required=True),)
    wire = "the value"

    def domain_size(self, spec: Mapping[str, Any]) -> int | None:
        return 1

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        return spec["value"]

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        return spec["value"]

    def distinct(self, spec: Mapping[str, Any], env: Env, k: int, high: bool) -> list[Any]:
        if k > 1:
            raise NoCorner("a const has one value")
        return [spec["value"]][:k]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.just(spec["value"])

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        return None if same_json(value, spec["value"]) else f"{value!r} is not {spec['value']!r}"
