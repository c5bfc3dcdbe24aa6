"""`grokpat validate PACK` fails clearly on broken problems.

Each case copies the good pair ``patterns/sliding_window/max_sum_subarray_of_size_k``
into ``<tmp>/sliding_window/`` under a new id (a pack folder named after a built-in
pattern needs no ``pattern.yaml``), breaks exactly one thing, and runs the command
through click's CliRunner on ``grokpat.cli.cli`` (which goes through
``GrokpatGroup.main``). A few runs use the real ``grokpat`` console script.

Every failure must be: exit status 2; each error one ``grokpat: error:`` line on stderr
naming the file (and, for YAML, the exact line that was broken and the field); no
traceback anywhere.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result

from grokpat.cli import cli
from problems.catalog import builtin_root

GOOD_ID = "max-sum-subarray-of-size-k"
PACK_ID = "pack-max-sum"
STEM = "pack_max_sum"
SOURCE = builtin_root() / "sliding_window" / "max_sum_subarray_of_size_k"
# Enough generated inputs to catch an off-by-one, few enough to stay fast.
MAX_EXAMPLES = "60"


# --- building packs --------------------------------------------------------------------


def good_yaml() -> str:
    text = SOURCE.with_suffix(".yaml").read_text(encoding="utf-8")
    assert text.startswith(f"id: {GOOD_ID}\n"), "the good problem's first line is its id"
    return text.replace(f"id: {GOOD_ID}\n", f"id: {PACK_ID}\n", 1)


def good_py() -> str:
    return SOURCE.with_suffix(".py").read_text(encoding="utf-8")


def swap(old: str, new: str) -> Callable[[str], str]:
    """An edit that replaces ``old`` (which must occur exactly once) by ``new``."""

    def edit(text: str) -> str:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the good copy"
        return text.replace(old, new)

    return edit


def drop_lines(pattern: str, count: int | None = None) -> Callable[[str], str]:
    """An edit that deletes whole lines matching the regex ``pattern`` (the first ``count`` of them)."""

    def edit(text: str) -> str:
        lines = text.splitlines(keepends=True)
        hits = [i for i, line in enumerate(lines) if re.search(pattern, line)]
        assert hits, f"no line matches {pattern!r}"
        doomed = set(hits[:count] if count else hits)
        return "".join(line for i, line in enumerate(lines) if i not in doomed)

    return edit


def line_number(text: str, needle: str) -> int:
    """The 1-based line of the one line of ``text`` that contains ``needle`` (or starts with it, for ``^...``)."""
    if needle.startswith("^"):
        hits = [i + 1 for i, line in enumerate(text.splitlines()) if line.startswith(needle[1:])]
    else:
        hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}"
    return hits[0]


@dataclass
class Pack:
    root: Path  # what is passed to `grokpat validate`
    yaml: Path
    py: Path

    @property
    def yaml_text(self) -> str:
        return self.yaml.read_text(encoding="utf-8")

    @property
    def py_text(self) -> str:
        return self.py.read_text(encoding="utf-8")


def make_pack(
    base: Path,
    yaml_edit: Callable[[str], str] | None = None,
    py_edit: Callable[[str], str] | None = None,
    folder: str = "sliding_window",
) -> Pack:
    """``<base>/<folder>/pack_max_sum.{yaml,py}``: the good pair with one thing broken."""
    where = base / folder
    where.mkdir(parents=True)
    yaml_path, py_path = where / f"{STEM}.yaml", where / f"{STEM}.py"
    yaml_path.write_text((yaml_edit or str)(good_yaml()), encoding="utf-8")
    py_path.write_text((py_edit or str)(good_py()), encoding="utf-8")
    return Pack(base, yaml_path, py_path)


# --- running and checking --------------------------------------------------------------


def run_validate(*args: str) -> Result:
    return CliRunner().invoke(cli, ["validate", "--max-examples", MAX_EXAMPLES, *args])


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("grokpat: error: ")]


def assert_no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text, text


def assert_fails(result: Result, path: Path, line: int | None, field: str | None, *says: str) -> str:
    """Exit 2, no traceback, and one error line about ``path`` (at ``line``, on ``field``) saying ``says``."""
    out, err = result.stdout, result.stderr
    assert result.exit_code == 2, f"exit {result.exit_code}\nstdout: {out}\nstderr: {err}\n{result.exception!r}"
    assert isinstance(result.exception, SystemExit), f"an exception escaped: {result.exception!r}"
    assert_no_traceback(out, err, result.output)
    assert "ok:" not in out
    prefix = f"grokpat: error: {path}"
    if line is not None:
        prefix += f":{line}"
    prefix += ": "
    if field is not None:
        prefix += f"{field}: "
    matching = [e for e in error_lines(err) if e.startswith(prefix)]
    assert matching, f"no error line starts with {prefix!r}:\n{err}"
    error = matching[0]
    for part in says:
        assert part in error, f"{part!r} not in {error!r}"
    assert re.search(r"^\d+ error\(s\) in \d+ problem\(s\)$", err.splitlines()[-1]), err
    return error


# --- the good copy ---------------------------------------------------------------------


def test_the_good_copy_validates(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    result = run_validate(str(pack.root))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: 1 problems"), result.stdout
    assert result.stderr == ""


def test_a_pack_named_twice_does_not_clash_with_itself(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    result = run_validate(str(pack.root), str(pack.root) + "/")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: 1 problems"), result.stdout


# --- broken YAML: the file, the exact line, the field ----------------------------------


@dataclass(frozen=True)
class YamlCase:
    kind: str
    edit: Callable[[str], str]
    at: str | int  # the text of the broken line (its number is computed), or a line number
    field: str | None
    says: tuple[str, ...] = ()
    py_edit: Callable[[str], str] | None = None


SIGNATURE = 'signature: "def max_sum_subarray(nums: list[int], k: int) -> int"'
HINTS = r'^  - "(Summing|Two neighbouring|Keep a running)'

YAML_CASES = [
    YamlCase(
        "a tab in the indentation",
        swap("\ntitle: ", "\n\ttitle: "),
        "\ttitle: ",
        None,
        ("bad YAML", "tab character"),
    ),
    YamlCase(
        "a missing required field (no hints)",
        drop_lines(r"^hints:|" + HINTS),
        1,  # a missing field has no line of its own: the mapping's first line
        "hints",
        ("missing required field",),
    ),
    YamlCase(
        "an unknown compare mode",
        swap("compare: exact", "compare: exactly"),
        "compare: exactly",
        "compare",
        ("unknown compare mode 'exactly'", "unordered", "checker"),
    ),
    YamlCase(
        "an unknown field",
        swap("compare: exact\n", "compare: exact\nauthor: me\n"),
        "author: me",
        "author",
        ("unknown field", "hints", "mutates"),
    ),
    YamlCase(
        "a bad difficulty",
        swap("difficulty: easy", "difficulty: trivial"),
        "difficulty: trivial",
        "difficulty",
        ("'trivial' is not one of easy, medium, hard",),
    ),
    YamlCase(
        "a wrongly typed field (hints as a string)",
        lambda t: drop_lines(HINTS)(t).replace("hints:\n", "hints: think harder\n"),
        "hints: think harder",
        "hints",
        ("must be a list",),
    ),
    YamlCase(
        "an id that is not kebab-case",
        swap(f"id: {PACK_ID}", "id: Pack_Max_Sum"),
        "id: Pack_Max_Sum",
        "id",
        ("not a kebab-case slug",),
    ),
    YamlCase(
        "a signature that does not parse",
        swap(SIGNATURE, 'signature: "def max_sum_subarray(nums: list[int], k: int -> int"'),
        "^signature:",
        "signature",
        ("not a valid def",),
    ),
    YamlCase(
        "a signature that is not a def",
        swap(SIGNATURE, 'signature: "max_sum_subarray(nums, k)"'),
        "^signature:",
        "signature",
        ("expected 'def name(...)'",),
    ),
    YamlCase(
        "an entry that disagrees with the signature",
        swap("compare: exact\n", "compare: exact\nentry: max_sum\n"),
        "entry: max_sum",
        "entry",
        ("'max_sum' but the signature defines 'max_sum_subarray'",),
    ),
    YamlCase(
        "input spec params that differ from the signature",
        swap("  k: {type: int,", "  width: {type: int,"),
        "^input:",
        "input",
        ("['nums', 'width']", "['nums', 'k']"),
    ),
    YamlCase(
        "no input spec",
        drop_lines(r"^input:|^  nums: \{type|^  k: \{type"),
        1,
        "input",
        ("missing: describe each parameter",),
    ),
    YamlCase(
        "an unknown spec type",
        swap("of: {type: int,", "of: {type: integer,"),
        "  nums: {type: list",
        "input.nums.of.type",
        ("unknown type 'integer'", "linked_list"),
    ),
    YamlCase(
        "a list spec without 'of'",
        swap("of: {type: int, min: -10000, max: 10000}, ", ""),
        "  nums: {type: list",
        "input.nums.of",
        ("needs 'of'",),
    ),
    YamlCase(
        "a bound naming an unknown parameter",
        swap('max: "len(nums)"', 'max: "len(zzz)"'),
        "  k: {type: int",
        "input.k.max",
        ("refers to zzz, not an earlier parameter",),
    ),
    YamlCase(
        "a size naming a later parameter",
        swap("max_size: 40}", 'max_size: "k * 2"}'),
        "  nums: {type: list",
        "input.nums.max_size",
        ("refers to k, not an earlier parameter",),
    ),
    YamlCase(
        "a forbidden expression (__import__)",
        swap('max: "len(nums)"', "max: \"__import__('os')\""),
        "  k: {type: int",
        "input.k.max",
        ("not allowed in an expression", "__import__"),
    ),
    YamlCase(
        "a forbidden expression (attribute access)",
        swap('max: "len(nums)"', 'max: "nums.__class__"'),
        "  k: {type: int",
        "input.k.max",
        ("not allowed in an expression", "nums.__class__"),
    ),
    YamlCase(
        "a forbidden expression (lambda)",
        swap('max: "len(nums)"', 'max: "(lambda: 3)()"'),
        "  k: {type: int",
        "input.k.max",
        ("not allowed in an expression", "lambda"),
    ),
    YamlCase(
        "fewer than 2 examples",
        drop_lines(r"^  - input: \{nums: \[2, 3|^    output: 7$|sums to 7|^  - input: \{nums: \[-1|^    output: -1$|only negative"),
        "^examples:",
        "examples",
        ("at least 2 examples",),
    ),
    YamlCase(
        "fewer than 3 hints",
        drop_lines(r'^  - "Keep a running'),
        "^hints:",
        "hints",
        ("at least 3 non-empty hints",),
    ),
    YamlCase(
        "an example that does not name the parameters",
        swap("{nums: [2, 3, 4, 1, 5], k: 2}", "{nums: [2, 3, 4, 1, 5], size: 2}"),
        "size: 2}",
        "examples.1.input",
        ("must give exactly the parameters ['nums', 'k'] in order",),
    ),
    YamlCase(
        "an example with a YAML date for an output",
        swap("    output: 7\n", "    output: 2020-01-01\n"),
        "output: 2020-01-01",
        "examples.1.output",
        ("not a JSON value",),
    ),
    YamlCase(
        "an example the reference fails",
        swap("    output: 7\n", "    output: 8\n"),
        "output: 8",
        "examples.1.output",
        ("the reference answers 7", "the example says 8"),
    ),
    YamlCase(
        "an example on which the reference raises",
        lambda t: t,
        "{nums: [-1, -2, -3], k: 1}",
        "examples.2",
        ("the reference raised ValueError: no windows of one",),
        py_edit=swap("    window = sum(nums[:k])\n", "    if k == 1:\n        raise ValueError('no windows of one')\n    window = sum(nums[:k])\n"),
    ),
    YamlCase(
        "compare: in-place without mutates",
        swap("compare: exact", "compare: in-place"),
        1,  # the missing field has no line: the mapping's first
        "mutates",
        ("an in-place problem names the parameter it mutates",),
    ),
    YamlCase(
        "mutates without compare: in-place",
        swap("compare: exact\n", "compare: exact\nmutates: nums\n"),
        "mutates: nums",
        "mutates",
        ("only in-place problems mutate a parameter",),
    ),
    YamlCase(
        "a pack problem whose id collides with a built-in one",
        swap(f"id: {PACK_ID}", f"id: {GOOD_ID}"),
        f"id: {GOOD_ID}",
        "id",
        (f"duplicate problem id '{GOOD_ID}'", str(SOURCE.with_suffix(".yaml"))),
    ),
]


@pytest.mark.parametrize("case", YAML_CASES, ids=[c.kind for c in YAML_CASES])
def test_a_broken_yaml_names_file_line_and_field(tmp_path: Path, case: YamlCase) -> None:
    pack = make_pack(tmp_path, case.edit, case.py_edit)
    line = case.at if isinstance(case.at, int) else line_number(pack.yaml_text, case.at)
    assert_fails(run_validate(str(pack.root)), pack.yaml, line, case.field, *case.says)


def test_unclosed_bracket_says_where_it_opened(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, swap("tags: [array, sliding-window, fixed-window]", "tags: [array, sliding-window"))
    broken = line_number(pack.yaml_text, "tags: [array")
    assert broken == len(pack.yaml_text.splitlines()), "the tags are the last line"
    result = run_validate(str(pack.root))
    # PyYAML notices the missing ']' at the end of the file (the line after the last);
    # the message names the line that opened it
    error = assert_fails(result, pack.yaml, broken + 1, None, "bad YAML", "did not find expected ',' or ']'")
    assert f"while parsing a flow sequence on line {broken})" in error


def test_unclosed_brace_in_an_example(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, swap("{nums: [2, 3, 4, 1, 5], k: 2}", "{nums: [2, 3, 4, 1, 5], k: 2"))
    broken = line_number(pack.yaml_text, "{nums: [2, 3, 4, 1, 5], k: 2")
    error = assert_fails(run_validate(str(pack.root)), pack.yaml, broken + 1, None, "bad YAML", "',' or '}'")
    assert f"while parsing a flow mapping on line {broken})" in error


def test_a_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, lambda _: "- just\n- a list\n")
    assert_fails(run_validate(str(pack.root)), pack.yaml, 1, None, "must be a mapping of fields")


def test_a_yaml_that_is_not_utf8(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    text = good_yaml().replace("Maximum Sum", "Maximum \xff Sum")
    pack.yaml.write_bytes(text.encode("latin-1"))
    assert_fails(run_validate(str(pack.root)), pack.yaml, line_number(text, "Maximum \xff Sum"), None, "not UTF-8 text", "0xff")


def test_two_files_with_the_same_id(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    twin = pack.yaml.with_name("zz_twin.yaml")
    shutil.copy(pack.yaml, twin)
    shutil.copy(pack.py, twin.with_suffix(".py"))
    result = run_validate(str(pack.root))
    assert_fails(result, twin, 1, "id", f"duplicate problem id '{PACK_ID}'", f"also in {pack.yaml}")


# --- broken modules: the .py is named ----------------------------------------------------


@dataclass(frozen=True)
class PyCase:
    kind: str
    py_edit: Callable[[str], str]
    says: tuple[str, ...]
    line_at: str | None = None  # the text of the .py line the error must point at
    yaml_edit: Callable[[str], str] | None = None
    not_says: tuple[str, ...] = field(default=())


PY_CASES = [
    PyCase(
        "a reference that disagrees with the oracle on generated inputs",
        # off by one: never looks at the last window; every stated example still passes
        swap("for end in range(k, len(nums)):", "for end in range(k, len(nums) - 1):"),
        ("brute_force gives", "the reference", "{'nums': ["),
        not_says=("examples.",),
    ),
    PyCase(
        "a module with no brute_force",
        swap("def brute_force(", "def oracle("),
        ("defines no brute_force",),
    ),
    PyCase(
        "a module without the entry",
        swap("def max_sum_subarray(", "def max_sum("),
        ("defines no max_sum_subarray",),
    ),
    PyCase(
        "a brute_force with other parameters",
        swap("def brute_force(nums: list[int], k: int)", "def brute_force(nums, size)"),
        ("brute_force takes ('nums', 'size'), the signature says ('nums', 'k')",),
    ),
    PyCase(
        "a module that raises at import",
        lambda t: t + '\nraise RuntimeError("boom at import")\n',
        ("import failed: RuntimeError: boom at import",),
        line_at='raise RuntimeError("boom at import")',
    ),
    PyCase(
        "a module with a SyntaxError",
        swap("    window = sum(nums[:k])\n", "    window = sum(nums[:k]\n"),
        ("import failed: SyntaxError",),
        line_at="    window = sum(nums[:k]",
    ),
    PyCase(
        "a module that calls sys.exit() at import",
        lambda t: t + "\nimport sys\nsys.exit(0)\n",
        ("import failed: SystemExit",),
        line_at="sys.exit(0)",
    ),
    PyCase(
        "compare: checker without a check function",
        lambda t: t,
        ("compare is 'checker' but the module defines no check(inputs, answer, expected)",),
        yaml_edit=swap("compare: exact", "compare: checker"),
    ),
]


@pytest.mark.parametrize("case", PY_CASES, ids=[c.kind for c in PY_CASES])
def test_a_broken_module_names_the_py(tmp_path: Path, case: PyCase) -> None:
    pack = make_pack(tmp_path, case.yaml_edit, case.py_edit)
    line = line_number(pack.py_text, case.line_at) if case.line_at else None
    result = run_validate(str(pack.root))
    error = assert_fails(result, pack.py, line, None, *case.says)
    if "oracle" in case.kind:  # a generated input or one of the spec's edge cases
        assert re.search(r"reference and brute_force disagree on|on the edge case", error), error
    for part in case.not_says:
        assert part not in result.stderr, result.stderr
    if line is None:  # a module-level error without a line: nothing after the file name but the message
        assert error.startswith(f"grokpat: error: {pack.py}: "), error


def test_a_checker_that_raises_is_reported_not_a_traceback(tmp_path: Path) -> None:
    def add_check(text: str) -> str:
        return text + "\n\ndef check(inputs, answer, expected):\n    return inputs['missing'] == answer\n"

    pack = make_pack(tmp_path, swap("compare: exact", "compare: checker"), add_check)
    result = run_validate(str(pack.root))
    line = line_number(pack.yaml_text, "    output: 9")
    assert_fails(result, pack.yaml, line, "examples.0.output", "check() raised KeyError: 'missing'")


def test_a_problem_without_its_module(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    pack.py.unlink()
    assert_fails(run_validate(str(pack.root)), pack.yaml, None, None, f"no reference module {STEM}.py")


# --- broken packs ----------------------------------------------------------------------


def test_a_pack_folder_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "no_such_pack"
    result = run_validate(str(missing))
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"grokpat: error: no such pack folder: {missing}"]


def test_a_folder_that_is_no_pattern(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, folder="not_a_pattern")
    result = run_validate(str(pack.root))
    assert_fails(result, pack.yaml.parent, None, None, "no pattern.yaml, and 'not-a-pattern' is not a known pattern")


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    """Three packs, three different breaks: one run reports all three."""
    a = make_pack(tmp_path / "a", swap("difficulty: easy", "difficulty: trivial"))
    b = make_pack(tmp_path / "b", py_edit=swap("def brute_force(", "def oracle("))
    c = make_pack(tmp_path / "c", swap(f"id: {PACK_ID}", "id: pack-other"))
    c.yaml.rename(c.yaml.with_name("other.yaml"))
    c.py.rename(c.py.with_name("other.py"))
    c = Pack(c.root, c.yaml.with_name("other.yaml"), c.py.with_name("other.py"))
    result = run_validate(str(a.root), str(b.root), str(c.root))
    assert_fails(result, a.yaml, line_number(a.yaml_text, "difficulty:"), "difficulty")
    assert_fails(result, b.py, None, None, "defines no brute_force")
    assert len(error_lines(result.stderr)) == 2, result.stderr  # c is fine
    assert result.stderr.splitlines()[-1] == "2 error(s) in 2 problem(s)"


# --- the real console script -----------------------------------------------------------


def grokpat_script() -> str:
    beside = Path(sys.executable).with_name("grokpat")
    found = str(beside) if beside.exists() else shutil.which("grokpat")
    if not found:
        pytest.fail("the grokpat console script is not installed (pip install -e .)")
    return found


def test_console_script_reports_broken_modules_without_traceback(tmp_path: Path) -> None:
    raising = make_pack(tmp_path / "raising", py_edit=lambda t: t + '\nraise RuntimeError("boom at import")\n')
    exiting = make_pack(tmp_path / "exiting", swap(f"id: {PACK_ID}", "id: pack-exiting"), lambda t: t + "\nimport sys\nsys.exit(0)\n")
    bad_yaml = make_pack(tmp_path / "bad_yaml", swap("compare: exact", "compare: [exact"))
    missing = tmp_path / "missing"
    proc = subprocess.run(
        [grokpat_script(), "validate", "--max-examples", "20", str(raising.root), str(exiting.root), str(bad_yaml.root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc
    assert_no_traceback(proc.stdout, proc.stderr)
    errors = error_lines(proc.stderr)
    assert any(e.startswith(f"grokpat: error: {raising.py}:{line_number(raising.py_text, 'raise RuntimeError')}: import failed: RuntimeError") for e in errors), errors
    assert any(e.startswith(f"grokpat: error: {exiting.py}:{line_number(exiting.py_text, 'sys.exit(0)')}: import failed: SystemExit") for e in errors), errors
    assert any(e.startswith(f"grokpat: error: {bad_yaml.yaml}:") and "bad YAML" in e for e in errors), errors
    assert proc.stderr.splitlines()[-1] == "3 error(s) in 2 problem(s)"

    proc = subprocess.run([grokpat_script(), "validate", str(missing)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [f"grokpat: error: no such pack folder: {missing}"]


# --- careless or hostile packs (each names the file, the line and the field) ------------

SPEC_CASES = [
    YamlCase(
        "a string 'false' where a bool belongs",
        swap("max_size: 40}", 'max_size: 40, unique: "false"}'),
        "  nums: {type: list",
        "input.nums.unique",
        ("must be true or false", "'false'"),
    ),
    YamlCase(
        "min_size above max_size",
        swap("min_size: 1, max_size: 40}", "min_size: 50, max_size: 40}"),
        "  nums: {type: list",
        "input.nums.min_size",
        ("min_size 50 is above max_size 40",),
    ),
    YamlCase(
        "uniqueness the value range cannot satisfy",
        swap("of: {type: int, min: -10000, max: 10000}, min_size: 1, max_size: 40}", "of: {type: int, min: 0, max: 5}, min_size: 1, max_size: 40, unique: true}"),
        "  nums: {type: list",
        "input.nums.max_size",
        ("max_size is 40", "only 6 distinct items"),
    ),
    YamlCase(
        "an int bound that is not a number",
        swap("of: {type: int, min: -10000,", "of: {type: int, min: [1],"),
        "  nums: {type: list",
        "input.nums.of.min",
        ("must be a number or an expression",),
    ),
    YamlCase(
        "a size that is negative",
        swap("min_size: 1, max_size: 40}", "min_size: -1, max_size: 40}"),
        "  nums: {type: list",
        "input.nums.min_size",
        ("non-negative integer",),
    ),
]


@pytest.mark.parametrize("case", SPEC_CASES, ids=[c.kind for c in SPEC_CASES])
def test_a_careless_spec_names_file_line_and_field(tmp_path: Path, case: YamlCase) -> None:
    pack = make_pack(tmp_path, case.edit)
    assert_fails(run_validate(str(pack.root)), pack.yaml, line_number(pack.yaml_text, str(case.at)), case.field, *case.says)


BILLION_LAUGHS = "\n".join(
    ["notes:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
) + "\n"


def test_yaml_aliases_that_expand_are_refused_quickly(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, swap("compare: exact\n", "compare: exact\n" + BILLION_LAUGHS))
    line = line_number(pack.yaml_text, "  b: &b [*a")
    assert_fails(run_validate(str(pack.root)), pack.yaml, line, None, "YAML aliases")
    for command in (["list", "--json"], ["show", PACK_ID]):  # browsing skips the file with one warning
        result = CliRunner(env={"GROKPAT_PACKS": str(pack.root)}).invoke(cli, command)
        assert "YAML aliases" in result.stderr and "Traceback" not in result.output


def test_a_symlink_loop_is_a_content_error(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    loop = pack.yaml.with_name("loop.yaml")
    loop.symlink_to(loop)
    assert_fails(run_validate(str(pack.root)), loop, None, None, "cannot read")


def design_pack(base: Path, yaml_edit: Callable[[str], str]) -> Pack:
    source = Path(__file__).resolve().parents[1] / "fixtures" / "pack" / "two_heaps" / "pack_median_stream"
    where = base / "two_heaps"
    where.mkdir(parents=True)
    yaml_path, py_path = where / "pack_median_stream.yaml", where / "pack_median_stream.py"
    yaml_path.write_text(yaml_edit(source.with_suffix(".yaml").read_text(encoding="utf-8")), encoding="utf-8")
    py_path.write_text(source.with_suffix(".py").read_text(encoding="utf-8"), encoding="utf-8")
    return Pack(base, yaml_path, py_path)


DESIGN_CASES = [
    (
        "six operations with five argument lists",
        "arguments: [[], [1], [2], [], [3], []]}",
        "arguments: [[], [1], [2], [], [3]]}",
        "examples.0.input",
        ("6 operations but 5 argument lists",),
    ),
    (
        "an operation the class does not have",
        "add_num, add_num, find_median, add_num, find_median]",
        "add_num, add_num, find_mean, add_num, find_median]",
        "examples.0.input.operations",
        ("no method 'find_mean'", "add_num"),
    ),
    (
        "too many arguments",
        "arguments: [[], [1], [2], [], [3], []]}",
        "arguments: [[], [1, 2], [2], [], [3], []]}",
        "examples.0.input.arguments",
        ("operation 1 (add_num) takes 1 arguments, the example gives 2",),
    ),
    (
        "a first operation that is not the class",
        "{operations: [MedianFinder, add_num, add_num",
        "{operations: [add_num, add_num, add_num",
        "examples.0.input.operations",
        ("the first operation constructs the class",),
    ),
]


@pytest.mark.parametrize("kind, old, new, field_path, says", DESIGN_CASES, ids=[c[0] for c in DESIGN_CASES])
def test_a_design_example_is_checked_against_the_signature(tmp_path: Path, kind: str, old: str, new: str, field_path: str, says: tuple[str, ...]) -> None:
    pack = design_pack(tmp_path, swap(old, new))
    result = run_validate(str(pack.root))
    line = 1 + pack.yaml_text.splitlines().index(next(x for x in pack.yaml_text.splitlines() if x.startswith("  - input: {operations: [")))
    error = assert_fails(result, pack.yaml, line, field_path, *says)
    assert "reference" not in error  # the example's fault, never blamed on the reference


IMPORT_CASES = [
    ("a BaseException subclass", "class Boom(BaseException):\n    pass\n\nraise Boom('at import')\n", ("import failed: Boom: at import",), "raise Boom('at import')"),
    ("KeyboardInterrupt", "raise KeyboardInterrupt\n", ("import failed: KeyboardInterrupt",), "raise KeyboardInterrupt"),
    ("os._exit", "import os\nos._exit(3)\n", ("import failed: the module ended the interpreter (status 3",), None),
    ("a loop forever", "while True:\n    pass\n", ("did not finish within 2 s",), None),
]


@pytest.mark.parametrize("kind, tail, says, line_at", IMPORT_CASES, ids=[c[0] for c in IMPORT_CASES])
def test_pack_code_at_import_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, tail: str, says: tuple[str, ...], line_at: str | None) -> None:
    monkeypatch.setattr("problems.reference.IMPORT_TIMEOUT_S", 2.0)
    pack = make_pack(tmp_path, py_edit=lambda t: t + "\n" + tail)
    line = line_number(pack.py_text, line_at) if line_at else None
    assert_fails(run_validate(str(pack.root)), pack.py, line, None, *says)


def with_check(body: str) -> Callable[[str], str]:
    return lambda text: text + "\n\ndef check(inputs, answer, expected):\n" + textwrap.indent(textwrap.dedent(body), "    ")


def test_a_checker_that_accepts_everything_is_caught(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, swap("compare: exact", "compare: checker"), with_check("return True\n"))
    assert_fails(run_validate(str(pack.root)), pack.py, line_number(pack.py_text, "def check("), None, "check() accepts None", "must reject every wrong answer")


def test_a_checker_that_accepts_the_wrong_type_is_caught(tmp_path: Path) -> None:
    lenient = "if answer is None:\n    return 'no answer'\nreturn int(answer) == expected or 'wrong'\n"
    pack = make_pack(tmp_path, swap("compare: exact", "compare: checker"), with_check(lenient))
    assert_fails(run_validate(str(pack.root)), pack.py, line_number(pack.py_text, "def check("), None, "check() accepts '9' (a string in place of a int)")


def test_a_checker_that_raises_on_a_wrong_answer_is_the_packs_error(tmp_path: Path) -> None:
    strict_about_right_ones = "if answer == expected:\n    return True\nlow, high = answer\nreturn 'wrong'\n"
    pack = make_pack(tmp_path, swap("compare: exact", "compare: checker"), with_check(strict_about_right_ones))
    assert_fails(run_validate(str(pack.root)), pack.py, line_number(pack.py_text, "def check("), None, "check() raised TypeError", "a checker returns a reason, never raises")


def test_validating_the_builtin_folder_as_a_pack_reports_no_duplicates() -> None:
    result = run_validate(str(builtin_root()), "--problem", GOOD_ID)
    assert result.exit_code == 0, result.output
    assert "duplicate" not in result.output and result.stderr == ""


def test_a_pattern_that_lists_a_problem_it_does_not_have(tmp_path: Path) -> None:
    folder = tmp_path / "extra_pattern"
    folder.mkdir()
    guide = (builtin_root() / "sliding_window" / "pattern.yaml").read_text(encoding="utf-8")
    guide = guide.replace("id: sliding-window", "id: extra-pattern").replace("order: 1", "order: 99")
    guide = guide[: guide.index("\nproblems:")] + "\n"  # its own list follows
    (folder / "pattern.yaml").write_text(guide + "problems: [no-such-problem]\n", encoding="utf-8")
    result = run_validate(str(tmp_path))
    line = line_number((folder / "pattern.yaml").read_text(encoding="utf-8"), "problems: [no-such")
    assert_fails(result, folder / "pattern.yaml", line, "problems", "lists 'no-such-problem'")
