"""`grokpat run` (one input, or the examples, beside the reference) and `judge --watch`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli

GOOD = """# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    print("window", k)
    window = best = sum(nums[:k])
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best
"""
WRONG = GOOD.replace("range(k, len(nums))", "range(k, len(nums) - 1)")  # misses the last window
STARTS_AT_ZERO = GOOD.replace("window = best = sum(nums[:k])", "window = sum(nums[:k])\n    best = 0")  # wrong when all are negative


def run(tmp_path: Path, source: str, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "solution.py"
    path.write_text(source)
    result = CliRunner().invoke(cli, ["run", str(path), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_run_the_examples(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, GOOD, "--json")
    data = json.loads(out)
    assert code == 0 and len(data["cases"]) == 3 and all(c["agree"] for c in data["cases"])
    assert "window 3" in data["stdout"]
    code, out, _ = run(tmp_path, STARTS_AT_ZERO)
    assert code == 1 and "wrong_answer" in out and "reference: -1" in out and "yours:     0" in out


def test_run_one_valid_input(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, WRONG, "--input", '{"nums": [1, 2, 9], "k": 2}', "--json")
    case = json.loads(out)["cases"][0]
    assert code == 1 and case["expected"] == 11 and case["answer"] == 3 and not case["agree"]
    code, out, _ = run(tmp_path, GOOD, "--input", '{"nums": [100000, -7], "k": 1}', "--json")  # beyond the generator's values: allowed
    assert code == 0 and json.loads(out)["cases"][0]["answer"] == 100000


@pytest.mark.parametrize("given, says", [
    ("{nums", "not JSON"),
    ('[1, 2]', "a JSON object"),
    ('{"nums": [1, 2]}', "exactly the parameters"),
    ('{"nums": [1, 2], "k": 5}', "breaks the problem's constraints"),
    ('{"nums": [], "k": 1}', "breaks the problem's constraints"),
    ('{"nums": [1, "x"], "k": 1}', "breaks the problem's constraints"),
])
def test_run_a_bad_input_is_one_line(tmp_path: Path, given: str, says: str) -> None:
    code, out, err = run(tmp_path, GOOD, "--input", given)
    assert code == 2 and out == "" and err.count("\n") == 1 and says in err, err


def test_run_one_example_and_a_missing_one(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, GOOD, "--example", "2", "--json")
    assert code == 0 and json.loads(out)["cases"][0]["input"] == {"nums": [2, 3, 4, 1, 5], "k": 2}
    code, _, err = run(tmp_path, GOOD, "--example", "9")
    assert code == 2 and "3 examples" in err


def _lines(stream, want: int, deadline: float) -> list[dict]:  # type: ignore[no-untyped-def]
    found = []
    while len(found) < want and time.time() < deadline:
        line = stream.readline()
        if line.startswith("{"):
            found.append(json.loads(line))
    return found


def test_watch_judges_again_after_a_write(tmp_path: Path) -> None:
    path = tmp_path / "max_sum_subarray_of_size_k.py"
    path.write_text(GOOD)
    temp_root = Path(tempfile.mkdtemp(prefix="grokpat-watch-"))
    env = {**os.environ, "TMPDIR": str(temp_root), "GROKPAT_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "grokpat", "judge", str(path), "--watch", "--json", "--no-complexity", "--max-examples", "20", "--seed", "1"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=tmp_path)
    try:
        assert process.stdout is not None
        first = _lines(process.stdout, 1, time.time() + 120)
        assert [r["verdict"] for r in first] == ["accepted"]
        path.write_text(WRONG)  # saved from the test, as an editor would
        second = _lines(process.stdout, 1, time.time() + 120)
        assert [r["verdict"] for r in second] == ["wrong_answer"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
        assert not list(temp_root.iterdir()), "the watch left a judge folder behind"
    finally:
        if process.poll() is None:
            process.kill()
        for leftover in temp_root.iterdir():
            subprocess.run(["rm", "-rf", str(leftover)])
        temp_root.rmdir()
