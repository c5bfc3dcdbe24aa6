"""The browsing CLI through click's CliRunner (the same entry the console script uses)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from grokpat.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_json(runner: CliRunner, *args: str):
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_patterns_json_lists_the_catalog_in_order(runner, contract) -> None:
    data = run_json(runner, "patterns", "--json")
    assert [p["id"] for p in data] == [p["id"] for p in contract["patterns"]]
    assert [p["title"] for p in data] == [p["title"] for p in contract["patterns"]]
    sliding = data[0]
    assert "max-sum-subarray-of-size-k" in sliding["problems"]
    assert sliding["total"] == len(sliding["problems"])


def test_list_json_has_the_contract_fields_and_filters(runner, contract) -> None:
    data = run_json(runner, "list", "--json", "--pattern", "two-pointers")
    assert data and all(p["pattern"] == "two-pointers" for p in data)
    want = {p["id"]: p for p in contract["problems"] if p["pattern"] == "two-pointers"}
    by_id = {p["id"]: p for p in data}
    for pid, spec in want.items():
        assert by_id[pid]["signature"] == spec["signature"]
        assert by_id[pid]["entry"] == spec["signature"].split("(")[0].removeprefix("def ").strip()
        assert set(by_id[pid]) >= {"id", "title", "pattern", "difficulty", "entry", "signature"}
    easy = run_json(runner, "list", "--json", "--difficulty", "easy")
    assert easy and {p["difficulty"] for p in easy} == {"easy"}


def test_show_json_adds_what_a_learner_reads(runner) -> None:
    data = run_json(runner, "show", "max-sum-subarray-of-size-k", "--json")
    assert data["examples"][0] == {
        "input": {"nums": [2, 1, 5, 1, 3, 2], "k": 3},
        "output": 9,
        "explanation": "The subarray [5, 1, 3] has the largest sum, 9.",
    }
    assert len(data["hints"]) >= 3 and data["complexity"]["time"] == "O(n)"
    assert {"statement", "constraints"} <= set(data)


def test_show_text_has_statement_and_signature(runner) -> None:
    result = runner.invoke(cli, ["show", "middle-of-linked-list"])
    assert result.exit_code == 0
    assert "def middle_node(head: ListNode | None) -> ListNode | None" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "no-such-problem"], "unknown problem id 'no-such-problem'"),
        (["show", "pa"], "ambiguous problem id 'pa'"),
        (["list", "--pattern", "nope"], "unknown pattern 'nope'"),
        (["list", "--difficulty", "impossible"], "impossible"),
        (["list", "--bogus"], "No such option"),
        (["frobnicate"], "No such command"),
        (["judge", "missing_file.py"], "no such file: missing_file.py"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(runner, args, message) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_start_writes_the_exact_signature_and_never_overwrites(runner, contract, tmp_path) -> None:
    for spec in contract["problems"]:
        if spec["pattern"] not in ("sliding-window", "two-pointers", "fast-slow-pointers"):
            continue
        result = runner.invoke(cli, ["start", spec["id"], "--dir", str(tmp_path)])
        assert result.exit_code == 0, result.output
        path = tmp_path / (spec["id"].replace("-", "_") + ".py")
        text = path.read_text()
        assert text.startswith(f"# grokpat: {spec['id']}\n")
        assert spec["signature"] + ":" in text
        ast.parse(text)  # the stub is valid Python
        namespace: dict = {}
        exec(compile(text, str(path), "exec"), namespace)  # its imports are enough to run it
    again = runner.invoke(cli, ["start", "linked-list-cycle", "--dir", str(tmp_path)])
    assert again.exit_code == 2 and "already exists" in again.stderr
    path = tmp_path / "linked_list_cycle.py"
    path.write_text("mine")
    assert runner.invoke(cli, ["start", "linked-list-cycle", "--dir", str(tmp_path)]).exit_code == 2
    assert path.read_text() == "mine"
    assert runner.invoke(cli, ["start", "linked-list-cycle", "--dir", str(tmp_path), "--force"]).exit_code == 0
    assert path.read_text() != "mine"


def test_start_uses_the_workspace_variable(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GROKPAT_WORKSPACE", str(tmp_path / "ws"))
    assert runner.invoke(cli, ["start", "happy-number"]).exit_code == 0
    assert (tmp_path / "ws" / "happy_number.py").exists()


def test_version_and_module_entry() -> None:
    out = subprocess.run([sys.executable, "-m", "grokpat", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "0.1.0" in out.stdout


@pytest.mark.parametrize("args", [["--help"], ["list"], ["patterns", "--json"], ["show", "happy-number"]])
def test_browsing_never_imports_textual_or_hypothesis(args) -> None:
    probe = (
        "import sys\n"
        "from grokpat.cli import cli\n"
        f"try:\n    cli.main({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('textual', 'hypothesis', 'jinja2') if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "HEAVY=\n" in out.stdout or out.stdout.rstrip().endswith("HEAVY=")


@pytest.mark.parametrize("problem_id, constructor", [("kth-largest-in-stream", "def __init__(self, k: int, nums: list[int])"), ("implement-trie", "def __init__(self) -> None")])
def test_start_writes_one_constructor_for_a_class(runner, tmp_path, problem_id, constructor) -> None:
    result = runner.invoke(cli, ["start", problem_id, "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text = (tmp_path / (problem_id.replace("-", "_") + ".py")).read_text()
    tree = ast.parse(text)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(classes) == 1
    inits = [f for f in classes[0].body if isinstance(f, ast.FunctionDef) and f.name == "__init__"]
    assert len(inits) == 1 and constructor in text
