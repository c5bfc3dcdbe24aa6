"""``grokpat judge`` end to end: JSON contract, exit codes, counterexamples, the probe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = """
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
"""
OFF_BY_ONE = """
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for i in range(k, len(nums) - 1):   # misses the last window
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
"""
QUADRATIC = """
def max_sum_subarray(nums, k):
    best = None
    for i in range(len(nums) - k + 1):
        total = 0
        for j in range(i, i + k):
            total += nums[j]
        best = total if best is None or total > best else best
    return best
"""
RETURNS_BOOL = """
# grokpat: linked-list-cycle
def has_cycle(head):
    seen = set()
    while head:
        if id(head) in seen:
            return 1
        seen.add(id(head))
        head = head.next
    return 0
"""


def judge(tmp_path: Path, source: str, *args: str, name: str = "max_sum_subarray_of_size_k.py") -> tuple[int, list[dict]]:
    path = tmp_path / name
    path.write_text(source)
    out = subprocess.run(
        [sys.executable, "-m", "grokpat", "judge", str(path), "--json", "--max-examples", "60", *args],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert out.returncode in (0, 1), out.stderr
    assert "Traceback" not in out.stderr
    return out.returncode, [json.loads(line) for line in out.stdout.splitlines()]


def test_accepted_json_contract(tmp_path) -> None:
    code, [result] = judge(tmp_path, GOOD, "--seed", "1")
    assert code == 0
    assert set(result) >= {"file", "problem", "verdict", "passed", "total", "counterexample", "complexity", "stdout", "elapsed_s"}
    assert result["verdict"] == "accepted" and result["problem"] == "max-sum-subarray-of-size-k"
    assert result["passed"] == result["total"] > 60
    assert result["counterexample"] is None
    assert result["complexity"]["expected"] == "O(n)" and result["complexity"]["measured"] == "O(n)"
    assert not (tmp_path / ".hypothesis").exists()  # nothing written in the user's folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["max_sum_subarray_of_size_k.py"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_off_by_one_shrinks_to_a_tiny_honest_counterexample(tmp_path, seed) -> None:
    code, [result] = judge(tmp_path, OFF_BY_ONE, "--seed", str(seed))
    assert code == 1 and result["verdict"] == "wrong_answer"
    cx = result["counterexample"]
    assert len(cx["input"]["nums"]) <= 3
    # honest: the reported input really separates the solution from the reference
    namespace: dict = {}
    exec(OFF_BY_ONE, namespace)
    from problems.catalog import load_catalog

    reference = load_catalog(pack_dirs=[]).find("max-sum-subarray-of-size-k")
    from problems.reference import load_reference

    ref = load_reference(reference).solution
    assert namespace["max_sum_subarray"](**cx["input"]) == cx["actual"] != cx["expected"] == ref(**cx["input"])


def test_an_off_by_one_at_the_end_is_caught_by_the_edge_cases_alone(tmp_path) -> None:
    # one generated example: only the examples and the spec's corner inputs can catch it
    for seed in ("1", "2", "3"):
        code, [result] = judge(tmp_path, OFF_BY_ONE, "--max-examples", "1", "--no-complexity", "--seed", seed)
        assert code == 1 and result["verdict"] == "wrong_answer"


def test_seed_makes_a_run_repeatable(tmp_path) -> None:
    _, [a] = judge(tmp_path, OFF_BY_ONE, "--seed", "5", "--no-complexity")
    _, [b] = judge(tmp_path, OFF_BY_ONE, "--seed", "5", "--no-complexity")
    assert a["counterexample"] == b["counterexample"] and a["passed"] == b["passed"]


def test_quadratic_solution_is_suboptimal_with_measured_growth(tmp_path) -> None:
    code, [result] = judge(tmp_path, QUADRATIC, "--seed", "1")
    assert code == 1 and result["verdict"] == "suboptimal", result
    assert result["passed"] == result["total"]
    # the class is read from noisy timings: any clearly super-linear class is an honest label
    assert result["complexity"]["measured"] in ("O(n^1.5)", "O(n^2)", "O(n^2 log n)", "O(n^3)")
    assert result["complexity"]["ratio_growth"] >= 3


def test_no_complexity_skips_the_probe(tmp_path) -> None:
    code, [result] = judge(tmp_path, QUADRATIC, "--no-complexity")
    assert code == 0 and result["verdict"] == "accepted" and result["complexity"] is None


def test_int_for_bool_is_a_wrong_answer_that_names_the_type(tmp_path) -> None:
    code, [result] = judge(tmp_path, RETURNS_BOOL, name="mine.py")
    assert result["problem"] == "linked-list-cycle"
    assert result["verdict"] == "wrong_answer"
    assert "bool" in result["counterexample"]["reason"] and "int" in result["counterexample"]["reason"]


def test_several_files_one_line_each_and_exit_1(tmp_path) -> None:
    (tmp_path / "a.py").write_text(GOOD)
    (tmp_path / "b.py").write_text(OFF_BY_ONE)
    out = subprocess.run(
        [sys.executable, "-m", "grokpat", "judge", "a.py", "b.py", "--problem", "max-sum-subarray-of-size-k", "--json", "--max-examples", "40", "--no-complexity", "--seed", "2"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 1
    assert sorted((Path(r["file"]).name, r["verdict"]) for r in lines) == [("a.py", "accepted"), ("b.py", "wrong_answer")]


@pytest.mark.parametrize(
    "name, args, message",
    [
        ("who_knows.py", [], "unknown problem id 'who-knows'"),
        ("x.py", ["--problem", "pa"], "ambiguous problem id 'pa'"),
    ],
)
def test_unknown_or_ambiguous_problem_exit_2(tmp_path, name, args, message) -> None:
    (tmp_path / name).write_text(GOOD)
    out = subprocess.run([sys.executable, "-m", "grokpat", "judge", name, *args], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 2 and message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
