"""Unit tests: the safe bound expressions (problems.expr) and problems.errors.line_of."""

from __future__ import annotations

from pathlib import Path

import pytest

from problems.errors import ContentError, at, line_of
from problems.expr import ExprError, evaluate, names_in

# --- problems.expr ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, env, value",
    [
        (7, {}, 7),
        (2.5, {}, 2.5),
        ("len(nums)", {"nums": [1, 2, 3]}, 3),
        ("n - 1", {"n": 10}, 9),
        ("min(len(a), 5)", {"a": list(range(9))}, 5),
        ("max(len(a), k) * 2", {"a": [1], "k": 4}, 8),
        ("sum(nums) + 10", {"nums": [1, 2, 3]}, 16),
        ("abs(-k)", {"k": 4}, 4),
        ("n // 2 + n % 3", {"n": 10}, 6),
        ("2 ** 10", {}, 1024),
        ("-n", {"n": 3}, -3),
    ],
)
def test_evaluate_allows_the_documented_arithmetic(source, env, value) -> None:
    assert evaluate(source, env) == value


@pytest.mark.parametrize(
    "source",
    [
        "nums.__class__",  # attribute access
        "().__class__.__bases__",
        "nums.pop()",  # a method call
        "__import__('os')",  # a call to a function that is not whitelisted
        "__import__('os').system('echo pwned')",
        "eval('1')",
        "open('/etc/passwd')",
        "print(1)",
        "len.__call__([1])",
        "(lambda: 3)()",  # lambdas
        "lambda: 3",
        "nums[0]",  # subscripts
        "[x for x in nums]",  # comprehensions
        "[1, 2]",
        "max(*nums)",
        "max(nums, key=abs)",  # keywords
        "n / 2",  # true division is not in the list
        "n if n else 1",
        "n < 3",
        "'a' * 3",  # strings
        "not n",
        "+n",
    ],
)
def test_forbidden_expressions_are_rejected(source: str) -> None:
    env = {"nums": [1, 2, 3], "n": 4}
    with pytest.raises(ExprError):
        evaluate(source, env)
    with pytest.raises(ExprError):  # statically too, so validate reports it at its field
        names_in(source)


def test_evaluate_never_runs_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    with pytest.raises(ExprError):
        evaluate(f"__import__('os').system('touch {marker}')", {})
    with pytest.raises(ExprError):
        names_in(f"__import__('os').system('touch {marker}')")
    assert not marker.exists()


@pytest.mark.parametrize("source", ["len(zzz)", "k + 1"])
def test_an_unknown_name_is_an_error(source: str) -> None:
    with pytest.raises(ExprError, match="unknown name"):
        evaluate(source, {"nums": [1]})


@pytest.mark.parametrize("source", ["len(", "1 +", "", "def f(): pass", "import os"])
def test_not_an_expression(source: str) -> None:
    with pytest.raises(ExprError, match="not an expression"):
        names_in(source)


@pytest.mark.parametrize("value", [True, None, [1], {"a": 1}])
def test_a_bound_is_a_number_or_an_expression(value) -> None:
    with pytest.raises(ExprError, match="expected a number or an expression"):
        evaluate(value, {})


def test_names_in_lists_the_parameters_not_the_functions() -> None:
    assert names_in("len(nums)") == {"nums"}
    assert names_in("min(len(a), b) + max(c, 2) - abs(d) // sum(e)") == {"a", "b", "c", "d", "e"}
    assert names_in("3 * 4") == set()
    assert names_in("len") == {"len"}  # a bare function name is a name: not an earlier parameter


# --- problems.errors.line_of -------------------------------------------------------------

DOC = """\
# a comment first
id: demo
examples:
  - input: {nums: [1, 2], k: 1}
    output: 2
  - input:
      nums: [3]
      k: 1
    output: 3
input:
  nums: {type: list, of: {type: int}}
  k:
    type: int
    max: "len(nums)"
hints: [a, b, c]
"""


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "demo.yaml"
    path.write_text(DOC, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "field, line",
    [
        (None, 2),  # the mapping starts after the comment
        ("id", 2),
        ("examples", 3),
        ("examples.0", 4),
        ("examples.0.input", 4),
        ("examples.0.input.k", 4),  # inside a flow mapping: the line it is on
        ("examples.0.output", 5),
        ("examples.1", 6),
        ("examples.1.input", 6),
        ("examples.1.input.k", 8),
        ("examples.1.output", 9),
        ("input", 10),
        ("input.nums.of.type", 11),
        ("input.k", 12),
        ("input.k.max", 14),
        ("hints", 15),
        ("hints.2", 15),
    ],
)
def test_line_of_a_field(doc: Path, field, line: int) -> None:
    assert line_of(doc, field) == line


@pytest.mark.parametrize(
    "field, line",
    [
        ("mutates", 2),  # a missing field: where the mapping starts
        ("examples.7.output", 3),  # an index past the end: the closest field that exists
        ("examples.x", 3),
        ("input.k.min", 12),
        ("id.deeper", 2),  # below a scalar
    ],
)
def test_line_of_a_missing_field_is_its_closest_ancestor(doc: Path, field: str, line: int) -> None:
    assert line_of(doc, field) == line


def test_line_of_is_none_when_it_cannot_tell(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    assert line_of(bad, "id") is None
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert line_of(empty, "id") is None
    assert line_of(tmp_path / "missing.yaml", "id") is None
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("id: caf\xe9\n".encode("latin-1"))
    assert line_of(latin, "id") is None


def test_at_builds_an_error_that_names_file_line_and_field(doc: Path) -> None:
    error = at(doc, "examples.1.output", "wrong")
    assert isinstance(error, ContentError)
    assert (error.line, error.field) == (9, "examples.1.output")
    assert str(error) == f"{doc}:9: examples.1.output: wrong"
    assert str(ContentError(doc, "no line")) == f"{doc}: no line"
