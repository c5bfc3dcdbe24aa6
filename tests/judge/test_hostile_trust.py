"""A judge you can trust, tried as a hostile user would (the second part of the hostile suite).

- Never a false accepted: a pack's checker or strategy that breaks is the judge's error
  (one line naming the pack file and the problem, exit 2), never a verdict.
- The learner's fault is the learner's verdict: whatever the solution does to its own
  process (exceptions that cannot be shown, lone surrogates, a patched clock or encoder,
  closed pipes, forged replies, hooks) gets runtime_error or the honest verdict.
- The judge outlives the solution, and the solution never outlives the judge: signals to
  the judge or to everything (``kill(-1)``, only inside a throwaway pid namespace) do not
  reach it, and a CLI killed by any signal leaves nothing running.
- Counterexamples are shrunk and messages exact; node answers must be nodes.

Every test runs twice (see ``sandbox_layers``): with all layers, and without namespaces.
"""

from __future__ import annotations

import json
import re
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from judge.verdict import JudgeResult
from problems.catalog import builtin_root
from tests.judge.conftest import MAX_SUM, live_pids_with

pytestmark = pytest.mark.usefixtures("sandbox_layers")

WINDOW = """
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best
"""
QUADRATIC = """
def max_sum_subarray(nums, k):
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
"""


def cli(tmp_path: Path, source: str, *args: str, env: dict[str, str] | None = None, name: str = "solution.py", prefix: list[str] | None = None) -> tuple[subprocess.CompletedProcess[str], list[dict]]:
    """``grokpat judge`` on ``source`` in a real process: the finished process and its JSON lines."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    command = [*(prefix or []), sys.executable, "-m", "grokpat", "judge", str(path), "--json", "--seed", "1", "--no-record", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env={**os.environ, **(env or {})}, timeout=600)
    assert "Traceback" not in done.stderr, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done, results


# --- never a false accepted ------------------------------------------------------------------


@pytest.fixture
def pair_pack(tmp_path: Path) -> Callable[[Callable[[str], str], Callable[[str], str]], Path]:
    """A pack holding a copy of pair-with-target-sum (id pack-pair), with its .yaml and .py edited."""

    def make(edit_yaml: Callable[[str], str] = str, edit_py: Callable[[str], str] = str) -> Path:
        source = builtin_root() / "two_pointers" / "pair_with_target_sum"
        folder = tmp_path / "pack" / "two_pointers"
        folder.mkdir(parents=True)
        text = source.with_suffix(".yaml").read_text(encoding="utf-8").replace("id: pair-with-target-sum", "id: pack-pair")
        (folder / "pack_pair.yaml").write_text(edit_yaml(text), encoding="utf-8")
        (folder / "pack_pair.py").write_text(edit_py(source.with_suffix(".py").read_text(encoding="utf-8")), encoding="utf-8")
        return folder / "pack_pair.py"

    return make


RAISING_CHECK = '''

def check(inputs, answer, expected):
    i, j = answer  # raises on None: a careless pack
    nums, target = inputs["nums"], inputs["target"]
    if [i, j] == [-1, -1]:
        return True if expected == [-1, -1] else "a pair exists"
    return True if nums[i] + nums[j] == target and i < j else "wrong pair"
'''
NONE_WHEN_LONG = """
def pair_with_target_sum(nums, target):
    if len(nums) > 6:
        return None
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return [-1, -1]
"""


def test_a_checker_that_raises_is_the_judges_error_never_accepted(tmp_path: Path, pair_pack: Callable[..., Path]) -> None:
    module = pair_pack(edit_py=lambda t: t[: t.index("def check(")] + RAISING_CHECK)
    done, results = cli(tmp_path, NONE_WHEN_LONG, "--problem", "pack-pair", "--max-examples", "60", env={"GROKPAT_PACKS": str(module.parent.parent)})
    assert done.returncode == 2 and results == [], done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("grokpat: error: the judge could not judge:"), done.stderr
    assert str(module) in lines[0] and "pack-pair" in lines[0] and "check() raised TypeError" in lines[0]


def test_a_checker_that_raises_on_an_example_is_one_line(tmp_path: Path, pair_pack: Callable[..., Path]) -> None:
    module = pair_pack(edit_py=lambda t: t[: t.index("def check(")] + RAISING_CHECK)
    done, results = cli(tmp_path, "def pair_with_target_sum(nums, target):\n    return None\n", "--problem", "pack-pair", env={"GROKPAT_PACKS": str(module.parent.parent)})
    assert done.returncode == 2 and results == []
    assert len(done.stderr.strip().splitlines()) == 1 and str(module) in done.stderr


def test_a_strategy_that_fails_is_the_judges_error_never_accepted(tmp_path: Path, pair_pack: Callable[..., Path]) -> None:
    broken = '''
def inputs():
    from hypothesis import strategies as st

    def build(nums):
        if len(nums) < 3:
            raise ValueError("short lists are beyond me")
        return {"nums": sorted(nums), "target": 0}

    return st.lists(st.integers(-50, 50), min_size=1, max_size=40).map(build)
'''
    module = pair_pack(edit_py=lambda t: t.replace("def inputs():", "def _old_inputs():") + broken)
    correct = (builtin_root() / "two_pointers" / "pair_with_target_sum.py").read_text(encoding="utf-8")
    done, results = cli(tmp_path, correct, "--problem", "pack-pair", "--max-examples", "60", env={"GROKPAT_PACKS": str(module.parent.parent)})
    assert done.returncode == 2 and results == [], done
    assert "input generation failed: ValueError: short lists are beyond me" in done.stderr and str(module) in done.stderr


# --- the learner's fault is the learner's verdict ----------------------------------------------


def test_an_exception_whose_str_raises_is_a_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        class Weird(Exception):
            def __str__(self):
                raise RuntimeError("no")
            def __repr__(self):
                raise RuntimeError("no")

        def max_sum_subarray(nums, k):
            raise Weird()
        """
    )
    assert result.verdict == "runtime_error", result.to_json()
    assert result.counterexample is not None and "Weird" in (result.counterexample.error or "")


def test_printing_a_lone_surrogate_is_accepted(judge: Callable[..., JudgeResult]) -> None:
    result = judge(WINDOW.replace("    return best", "    print('\\udc80 and', b'\\xff'.decode('latin-1'))\n    import sys\n    sys.stdout.buffer.write(b'\\xff\\xfe')\n    return best"))
    assert result.verdict == "accepted", result.to_json()
    assert "and" in result.stdout
    json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")  # prints nothing unprintable


def test_a_patched_clock_changes_nothing(judge: Callable[..., JudgeResult]) -> None:
    patch = "import time\ntime.perf_counter = lambda: 0.0\ntime.monotonic = lambda: 0.0\ntime.time = lambda: 0.0\n"
    assert judge(patch + WINDOW, complexity=True).verdict == "accepted"
    slow = judge(patch + QUADRATIC.replace("return max(", "return max(\n        ") + "\n", complexity=True)
    assert slow.verdict == "suboptimal", slow.to_json()  # timed by the judge's own clock


def test_a_patched_encoder_or_stdout_gets_an_honest_verdict(judge: Callable[..., JudgeResult]) -> None:
    patched = "import io, json, sys\njson.dumps = lambda *a, **k: 'garbage'\njson.loads = lambda *a, **k: {}\nsys.stdout = io.StringIO()\n"
    assert judge(patched + WINDOW).verdict == "accepted"
    broken_class = "import json\njson.JSONEncoder.encode = lambda self, o: 'garbage'\n"
    assert judge(broken_class + WINDOW).verdict in ("accepted", "runtime_error")


def test_answers_that_lie_or_raise(judge: Callable[..., JudgeResult]) -> None:
    liar = """
        class Liar(int):
            def __eq__(self, other):
                return True
            __hash__ = int.__hash__

        def max_sum_subarray(nums, k):
            return Liar(sum(nums[:k]) - 1)
        """
    assert judge(liar).verdict == "wrong_answer"
    raising = """
        class Bad(list):
            def __iter__(self):
                raise RuntimeError("no iterating")
            def __len__(self):
                raise RuntimeError("no length")

        def max_sum_subarray(nums, k):
            return Bad([1])
        """
    assert judge(raising).verdict in ("runtime_error", "wrong_answer")


@pytest.mark.parametrize(
    "trick",
    [
        "import atexit, os\natexit.register(lambda: os._exit(0))\n",
        "import sys\nsys.excepthook = lambda *a: None\n",
        "import threading, os\nthreading.excepthook = lambda args: os._exit(0)\n",
        "import signal\nsignal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGHUP, signal.SIGINT})\n",
        "import os\nos.close(1)\nos.close(0)\n",
    ],
    ids=["atexit", "excepthook", "threading-excepthook", "ignores-sigterm", "closes-stdio"],
)
def test_hooks_and_handlers_change_nothing(judge: Callable[..., JudgeResult], trick: str) -> None:
    assert judge(trick + WINDOW).verdict == "accepted"
    assert judge(trick + WINDOW.replace("    return best", "    while True:\n        pass")).verdict == "time_limit"


def test_closing_the_judges_pipe_is_a_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(WINDOW.replace("    return best", "    import os, sys\n    os.close(int(sys.argv[2]))\n    return best"))
    assert result.verdict == "runtime_error", result.to_json()


def test_a_forged_reply_is_a_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    forged = WINDOW.replace("    return best", "    import os, sys\n    os.write(int(sys.argv[2]), b'\\\\xff not json\\\\n')\n    return best")
    assert judge(forged).verdict == "runtime_error"
    timing = WINDOW.replace("    return best", "    import os, sys\n    os.write(int(sys.argv[2]), b'{\"status\": \"ok\", \"solution\": -1, \"reference\": \"x\"}\\\\n')\n    return best")
    assert judge(timing).verdict == "runtime_error"


# --- the judge outlives the solution --------------------------------------------------------


def _attempting(call: str) -> str:
    """The right answer, after trying ``call`` (and printing it if the sandbox refused)."""
    attempt = f"    import os, signal\n    try:\n        {call}\n    except OSError as exc:\n        print('refused', exc)\n    return best"
    return WINDOW.replace("    return best", attempt)


SIGNAL_PARENT = _attempting("os.kill(os.getppid(), signal.SIGKILL)")
SIGNAL_GROUP = _attempting("os.killpg(os.getpgid(os.getppid()), signal.SIGKILL)")


@pytest.mark.parametrize("source", [SIGNAL_PARENT, SIGNAL_GROUP], ids=["kill-parent", "killpg-parent"])
def test_a_solution_cannot_kill_the_judge(tmp_path: Path, source: str) -> None:
    done, results = cli(tmp_path, source, "--problem", MAX_SUM, "--max-examples", "20", "--no-complexity")
    assert done.returncode in (0, 1), done
    assert len(results) == 1 and results[0]["verdict"] in ("accepted", "runtime_error"), done.stdout


def _throwaway_pid_namespace() -> list[str] | None:
    unshare = shutil.which("unshare")
    if not unshare:
        return None
    probe = subprocess.run([unshare, "--fork", "--pid", "--mount-proc", "true"], capture_output=True)
    return [unshare, "--fork", "--pid", "--mount-proc"] if probe.returncode == 0 else None


@pytest.mark.skipif(_throwaway_pid_namespace() is None, reason="cannot make a throwaway pid namespace here (unshare --fork --pid --mount-proc refused)")
def test_kill_everything_reaches_nothing_outside(tmp_path: Path) -> None:
    # Run inside a throwaway pid namespace: should the sandbox ever let kill(-1) out, it
    # ends that namespace, never the machine.
    source = _attempting("os.kill(-1, signal.SIGKILL)")
    done, results = cli(tmp_path, source, "--problem", MAX_SUM, "--max-examples", "20", "--no-complexity", prefix=_throwaway_pid_namespace())
    assert done.returncode in (0, 1), done
    assert len(results) == 1 and results[0]["verdict"] in ("accepted", "runtime_error"), done


@pytest.fixture
def temp_root() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="grokpat-hostile-signal-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGKILL], ids=lambda s: signal.Signals(s).name)
def test_a_killed_cli_leaves_nothing_running(tmp_path: Path, temp_root: Path, sig: int) -> None:
    path = tmp_path / "sleepy.py"
    path.write_text("import time\n\ndef max_sum_subarray(nums, k):\n    time.sleep(60)\n", encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(temp_root)}
    needle = f"TMPDIR={temp_root}/grokpat-judge-".encode()
    command = [sys.executable, "-m", "grokpat", "judge", str(path), "--problem", MAX_SUM, "--time-limit", "60", "--no-record"]
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(3000):  # until the worker runs the sleeping solution
            if len(live_pids_with(needle)) >= 2:
                break
            time.sleep(0.01)
        assert live_pids_with(needle), "the worker never started"
        time.sleep(0.3)
        process.send_signal(sig)
        process.wait(timeout=30)
        for _ in range(3000):  # a guard against a hang, not a timing: the promise is "within a second"
            if not live_pids_with(needle) and not list(temp_root.iterdir()):
                break
            time.sleep(0.01)
        assert not live_pids_with(needle), f"a worker outlived the CLI killed by {signal.Signals(sig).name}"
        assert not list(temp_root.iterdir()), "its folder was left behind"
        assert b"Traceback" not in (process.stderr.read() if process.stderr else b"")
    finally:
        if process.poll() is None:
            process.kill()


# --- counterexamples shrunk, messages exact, nodes are nodes ---------------------------------


def test_a_failure_on_a_corner_case_is_shrunk(judge: Callable[..., JudgeResult]) -> None:
    result = judge(WINDOW.replace("    return best", "    return best + 1 if nums.count(10000) >= 2 else best"), max_examples=10)
    assert result.verdict == "wrong_answer"
    assert result.counterexample is not None and len(result.counterexample.input["nums"]) <= 3, result.counterexample


def test_a_failure_on_an_example_is_shrunk(judge: Callable[..., JudgeResult]) -> None:
    result = judge("def middle_node(head):\n    return head.next\n", problem="middle-of-linked-list")
    assert result.verdict == "wrong_answer"
    assert result.passed == 0 and result.ran == 1
    assert result.counterexample is not None and len(result.counterexample.input["head"]) == 1, result.counterexample


def test_the_message_says_which_case_failed(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("def middle_node(head):\n    return head.next\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "grokpat", "judge", str(path), "--problem", "middle-of-linked-list", "--seed", "1", "--no-record"],
                          capture_output=True, text=True, cwd=tmp_path)
    first = done.stdout.splitlines()[0]
    assert "failed on case 1 of" in first and "planned" in first, done.stdout
    assert not re.search(r"\b0/\d+ cases", first)


def test_a_list_of_values_is_not_a_node(judge: Callable[..., JudgeResult]) -> None:
    values = """
        def middle_node(head):
            values = []
            while head:
                values.append(head.val)
                head = head.next
            return values[len(values) // 2:]
        """
    result = judge(values, problem="middle-of-linked-list")
    assert result.verdict == "wrong_answer"
    assert "expected a ListNode" in result.message and "not its values" in result.message


def test_an_int_where_a_node_is_due_names_the_node(judge: Callable[..., JudgeResult]) -> None:
    result = judge("def middle_node(head):\n    return 3\n", problem="middle-of-linked-list")
    assert result.verdict == "wrong_answer" and "expected a ListNode (or None), got an int" in result.message


def test_a_judgement_is_cancelled_at_once_and_leaves_nothing(tmp_path: Path, recorder) -> None:  # type: ignore[no-untyped-def]
    import threading

    from judge.campaign import JudgeOptions, judge_file
    from judge.client import Cancelled
    from tests.judge.conftest import catalog

    path = tmp_path / "sleepy.py"
    path.write_text("import time\n\ndef max_sum_subarray(nums, k):\n    time.sleep(60)\n", encoding="utf-8")
    cancel = threading.Event()
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(judge_file(path, catalog().find(MAX_SUM), JudgeOptions(time_limit=60, seed=1), cancel=cancel))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    for _ in range(3000):  # until the worker runs the sleeping solution
        if recorder.sandboxes and live_pids_with(f"GROKPAT_WORKER_TOKEN={recorder.sandboxes[0].token}".encode()):
            break
        time.sleep(0.01)
    time.sleep(0.3)
    cancel.set()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled), outcome
    recorder.assert_nothing_left()
