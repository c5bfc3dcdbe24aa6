"""What the hostile suites share: judging a source through the real sandbox, and the
checks that nothing of it is left behind afterwards.

``sandbox_layers`` runs a test twice: with every layer this machine allows, and with the
namespace layers forced off (``GROKPAT_SANDBOX_NO_NAMESPACES=1``), where every promise
must still hold through Landlock, seccomp and the guard.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from judge.campaign import JudgeOptions, judge_file
from judge.sandbox import NO_NAMESPACES_VAR, TOKEN_VAR, Sandbox
from judge.verdict import JudgeResult
from problems.catalog import load_catalog

MAX_SUM = "max-sum-subarray-of-size-k"
OPTIONS = JudgeOptions(max_examples=30, seed=1, time_limit=1.0, complexity=False)


@pytest.fixture(params=["all-layers", "no-namespaces"])
def sandbox_layers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "no-namespaces":
        monkeypatch.setenv(NO_NAMESPACES_VAR, "1")
    else:
        monkeypatch.delenv(NO_NAMESPACES_VAR, raising=False)
    return str(request.param)


@functools.cache
def catalog() -> Any:
    return load_catalog()


def live_pids_with(needle: bytes) -> list[int]:
    """Live (not zombie) processes whose environment contains ``needle``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                environ = fh.read()
            with open(f"/proc/{entry}/stat", "rb") as fh:
                state = fh.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue  # gone, or not ours to read
        if needle in environ and state not in (b"Z", b"X"):
            found.append(int(entry))
    return found


class Recorder:
    """Every Sandbox the judge starts during one test: its token, folder and cgroup."""

    def __init__(self) -> None:
        self.sandboxes: list[Sandbox] = []

    def assert_nothing_left(self) -> None:
        assert self.sandboxes, "the judge started no worker"
        for box in self.sandboxes:
            left = live_pids_with(f"{TOKEN_VAR}={box.token}".encode())
            assert not left, f"processes of worker {box.token} outlived the judgement: {left}"
            if box.cgroup is not None:
                assert not box.cgroup.exists(), f"the pids cgroup {box.cgroup} was not removed (tasks left in it?)"
            assert box.folder.parent == Path(tempfile.gettempdir()) and box.folder.name.startswith("grokpat-judge-")
            assert not box.folder.exists(), f"the judge's folder {box.folder} was not removed"


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    rec = Recorder()
    original = Sandbox.__init__

    def recording_init(self: Sandbox, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        rec.sandboxes.append(self)

    monkeypatch.setattr(Sandbox, "__init__", recording_init)
    return rec


@pytest.fixture
def judge(tmp_path: Path, recorder: Recorder) -> Callable[..., JudgeResult]:
    """judge(source, problem=..., **option overrides) -> JudgeResult, after the checks above."""

    def run(source: str, problem: str = MAX_SUM, **overrides: Any) -> JudgeResult:
        path = tmp_path / "solution.py"
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        result = judge_file(path, catalog().find(problem), dataclasses.replace(OPTIONS, **overrides))
        recorder.assert_nothing_left()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["solution.py"], "the solution left files next to itself"
        return result

    return run
