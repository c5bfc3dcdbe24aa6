"""Tiny, safe arithmetic over already-drawn parameters, for sizes and bounds in YAML.

A spec may say ``max: len(nums)`` or ``max_size: "n * 2"``. YAML is data, so this
never calls ``eval``: it walks the AST and allows names, numbers, + - * // % **,
unary minus, and calls to len/min/max/sum/abs.
"""

from __future__ import annotations

import ast
import operator
from typing import Any
from collections.abc import Callable, Mapping

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_FUNCS: dict[str, Callable[..., Any]] = {"len": len, "min": min, "max": max, "sum": sum, "abs": abs}


class ExprError(ValueError):
    """An expression that is not allowed or names an unknown parameter."""


def names_in(source: str) -> set[str]:
    """The parameter names an expression refers to; ExprError when it is not allowed.

    Checked statically, like ``_eval`` would, so that ``validate`` reports a forbidden
    expression (``nums.__class__``, ``nums[0]``, a lambda) at its field and line rather
    than when an input is first generated.
    """
    names: set[str] = set()
    _check(_parse(source).body, names)
    return names


def _check(node: ast.AST, names: set[str]) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return
    if isinstance(node, ast.Name):
        names.add(node.id)
        return
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        _check(node.left, names)
        _check(node.right, names)
        return
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check(node.operand, names)
        return
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        for arg in node.args:
            _check(arg, names)
        return
    raise ExprError(f"not allowed in an expression: {ast.unparse(node)!r}")


def evaluate(source: Any, env: Mapping[str, Any]) -> Any:
    """The value of a bound: a number passes through, a string is evaluated against env."""
    if isinstance(source, (int, float)) and not isinstance(source, bool):
        return source
    if not isinstance(source, str):
        raise ExprError(f"expected a number or an expression, got {source!r}")
    return _eval(_parse(source).body, env)


def _parse(source: str) -> ast.Expression:
    try:
        return ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise ExprError(f"not an expression: {source!r}") from exc


def _eval(node: ast.AST, env: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise ExprError(f"unknown name {node.id!r} (only earlier parameters can be used)")
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        return _FUNCS[node.func.id](*[_eval(a, env) for a in node.args])
    raise ExprError(f"not allowed in an expression: {ast.unparse(node)!r}")
