"""``grokpat doctor``: the sandbox's layers on this machine, read from a real worker, and
the promises they keep; exit 1 when one cannot be kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from judge.layers import LAYERS, PROMISES, broken, kept
from judge.sandbox import NO_NAMESPACES_VAR

SOLUTION = """
def max_sum_subarray(nums, k):
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
"""


def doctor(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["doctor", "--json", *args])
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("namespaces", ["on", "off"])
def test_doctor_reports_the_layers_a_judgement_gets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, namespaces: str) -> None:
    if namespaces == "off":
        monkeypatch.setenv(NO_NAMESPACES_VAR, "1")
    else:
        monkeypatch.delenv(NO_NAMESPACES_VAR, raising=False)
    code, report = doctor()
    assert report["worker"] == "ok"
    assert [layer["id"] for layer in report["layers"]] == list(LAYERS)
    applied = {layer["id"] for layer in report["layers"] if layer["applied"]}
    for layer in report["layers"]:
        assert (layer["why_not"] is None) == layer["applied"], layer
    # the same layers as a real judgement reports in its JSON
    path = tmp_path / "max_sum_subarray_of_size_k.py"
    path.write_text(SOLUTION, encoding="utf-8")
    judged = CliRunner().invoke(cli, ["judge", str(path), "--json", "--no-record", "--no-complexity", "--max-examples", "10"])
    assert set(json.loads(judged.stdout)["sandbox"]) == applied
    assert report["promises"] == kept(applied) and list(report["promises"]) == list(PROMISES)
    assert report["broken_promises"] == broken(applied)
    assert code == (1 if report["broken_promises"] else 0)
    if namespaces == "off":
        layer = next(layer for layer in report["layers"] if layer["id"] == "pid-namespace")
        assert not layer["applied"] and NO_NAMESPACES_VAR in layer["why_not"]


def test_doctor_text_names_every_layer_and_where_things_live(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(cli, ["doctor"])
    for layer in LAYERS:
        assert layer in result.output
    for promise in PROMISES:
        assert promise in result.output
    assert "data (progress store)" in result.output and str(tmp_path / "home") in result.output


def test_a_promise_no_layer_keeps_is_broken_and_doctor_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    # a machine with rlimits and its own session only (no namespaces, Landlock or seccomp)
    few = ["own-session", "rlimits"]
    assert broken(few) == ["no network", "no writes outside the worker's folder", "no signal or trace reaches outside the sandbox", "nothing the solution starts outlives the judge"]
    assert kept(["network-namespace", "read-only-root", "pid-namespace", "rlimits"]) == dict.fromkeys(PROMISES, True)
    assert kept(["seccomp", "landlock-fs", "subreaper", "rlimits"]) == dict.fromkeys(PROMISES, True)  # without namespaces
    monkeypatch.setattr("grokpat.doctor.applied_layers", lambda: (few, None))
    code, report = doctor()
    assert code == 1 and report["broken_promises"] == broken(few)
