"""Hostile solutions through the real sandboxed worker: every one gets its exact verdict,
the judge returns, and nothing of the solution outlives the judgement.

Each test writes a solution into its own ``tmp_path`` and judges it with
``judge.campaign.judge_file`` (two through the ``grokpat judge`` CLI). The helper that
judges also checks, for every test, that once ``judge_file`` has returned:

- no live process carries the token of any worker started for it (the sandbox puts
  ``GROKPAT_WORKER_TOKEN`` in the worker's environment, which every descendant inherits,
  even one that called ``setsid``), and the worker's pids cgroup, when there was one, is
  gone (``rmdir`` of a cgroup fails while any task is left in it);
- every ``grokpat-judge-*`` folder the judge made is removed;
- the test's ``tmp_path`` holds nothing but the solution file.

There are no wall-clock assertions: a judge that hangs makes the run hang, which is
as loud a failure as any.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any
from collections.abc import Callable

import pytest

from judge.limits import Limits
from judge.sandbox import TOKEN_VAR, Sandbox
from judge.verdict import JudgeResult
from tests.judge.conftest import MAX_SUM, Recorder, catalog, live_pids_with

pytestmark = pytest.mark.usefixtures("sandbox_layers")  # every test twice: all layers, and no namespaces
FAILURES = {"runtime_error", "time_limit"}
STDOUT_BOUND = 20_000

# A right answer, to paste into hostile solutions that must still be accepted.
WINDOW = """
def _window(nums, k):
    window = sum(nums[:k])
    best = window
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best
"""


def reference_answer(nums: list[int], k: int) -> int:
    return max(sum(nums[i : i + k]) for i in range(len(nums) - k + 1))


def test_the_leftover_check_sees_a_live_worker(recorder: Recorder) -> None:
    # The check every test relies on, checked itself: a sandboxed process that is still
    # running (its child left the session) is seen, and is gone after Sandbox.kill().
    # The token is in the guard, PID 1 of the namespace (when there is one), the command
    # and the command's child.
    child = "import os, time\nif os.fork() == 0:\n    os.setsid()\ntime.sleep(60)\n"
    box = Sandbox([sys.executable, "-I", "-c", child], Limits(), pass_fds=())
    try:
        needle = f"{TOKEN_VAR}={box.token}".encode()
        expected = 4 if "pid-namespace" in [layer for m in box.read_reports(wait=1.0) for layer in m.get("layers", [])] else 3
        for _ in range(500):  # until the child is there (no wall-clock bound: it comes)
            if len(live_pids_with(needle)) == expected:
                break
            time.sleep(0.01)
        live = live_pids_with(needle)
        assert box.process.pid in live and len(live) == expected, live
        with pytest.raises(AssertionError):
            recorder.assert_nothing_left()
    finally:
        box.kill()
    recorder.assert_nothing_left()


# --- 1. hostile solutions: the exact verdict -------------------------------------------


def test_infinite_loop_is_time_limit(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            while True:
                pass
        """
    )
    assert result.verdict == "time_limit"
    assert result.counterexample is not None


def test_huge_allocation_is_memory_limit(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            x = bytearray(10**10)
            return len(x)
        """
    )
    assert result.verdict == "memory_limit"


def test_growing_list_is_memory_limit(judge: Callable[..., JudgeResult]) -> None:
    # The heap is 64 MB and the wall clock 5 s here: page faults on this kind of VM
    # run at a few hundred MB/s, so with the default 512 MB heap and a 1 s limit the
    # clock (time_limit) would run out before the memory does. What is under test is
    # that running out of memory is reported as memory_limit, not as a crash.
    result = judge(
        """
        def max_sum_subarray(nums, k):
            hoard = []
            while True:
                hoard.append([k] * 1_000_000)
        """,
        memory_mb=64,
        time_limit=5.0,
    )
    assert result.verdict == "memory_limit"


FORK_LOOP = """
import os

def max_sum_subarray(nums, k):
    while True:  # every child runs this loop too
        try:
            os.fork()
        except OSError:
            pass
"""

FORK_LOOP_SETSID = """
import os

def max_sum_subarray(nums, k):
    while True:  # every child leaves the process group and session, then loops too
        try:
            if os.fork() == 0:
                os.setsid()
        except OSError:
            pass
"""


@pytest.mark.parametrize("source", [FORK_LOOP, FORK_LOOP_SETSID], ids=["fork", "fork-setsid"])
def test_fork_loop_fails_and_leaves_no_process(judge: Callable[..., JudgeResult], source: str) -> None:
    result = judge(source)
    assert result.verdict in FAILURES


def test_sys_exit_in_the_function_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        import sys

        def max_sum_subarray(nums, k):
            sys.exit(0)
        """
    )
    assert result.verdict == "runtime_error"
    assert "SystemExit" in (result.counterexample.error or "")


def test_os_exit_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        import os

        def max_sum_subarray(nums, k):
            os._exit(3)
        """
    )
    assert result.verdict == "runtime_error"
    assert "status 3" in (result.counterexample.error or "")


def test_keyboard_interrupt_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            raise KeyboardInterrupt
        """
    )
    assert result.verdict == "runtime_error"
    assert "KeyboardInterrupt" in (result.counterexample.error or "")


@pytest.mark.parametrize(
    "source",
    [
        "raise SystemExit\n\ndef max_sum_subarray(nums, k):\n    return 0\n",
        "def max_sum_subarray(nums, k)\n    return 0\n",
        "def max_sum(nums, k):\n    return 0\n",
    ],
    ids=["system-exit-at-import", "syntax-error", "no-entry-point"],
)
def test_files_that_do_not_load_are_compile_errors(judge: Callable[..., JudgeResult], source: str) -> None:
    result = judge(source)
    assert result.verdict == "compile_error"
    assert result.message


@pytest.mark.parametrize(
    "source",
    [
        """
        import ctypes

        def max_sum_subarray(nums, k):
            return ctypes.string_at(0)
        """,
        # Unbounded recursion through a C function (map), with the recursion limit out of
        # the way, on a thread with a small stack: the C stack overflows and the
        # interpreter dies with SIGSEGV. (The same on the worker's own 512 MB stack
        # also dies, but only after several seconds of page faults.)
        """
        import sys
        import threading

        sys.setrecursionlimit(10**9)

        def dive(n):
            return list(map(dive, [n + 1]))

        def max_sum_subarray(nums, k):
            threading.stack_size(1 << 20)
            thread = threading.Thread(target=dive, args=(0,))
            thread.start()
            thread.join()
            return 0
        """,
    ],
    ids=["ctypes-null-read", "c-stack-overflow"],
)
def test_interpreter_crash_is_runtime_error(judge: Callable[..., JudgeResult], source: str) -> None:
    result = judge(source)
    assert result.verdict == "runtime_error"
    assert "SIGSEGV" in (result.counterexample.error or "")


def test_plain_unbounded_recursion_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    # The worker allows 200,000 frames; getting there takes ~0.4 s of CPU on an idle
    # machine, so the wall clock gets 5 s to keep a loaded machine from making it a
    # time_limit. (The first example fails: the larger limit costs nothing.)
    result = judge(
        """
        def max_sum_subarray(nums, k):
            return max_sum_subarray(nums, k) + 1
        """,
        time_limit=5.0,
    )
    assert result.verdict == "runtime_error"
    assert "RecursionError" in (result.counterexample.error or "")


def test_print_flood_is_accepted_with_stdout_capped(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        WINDOW
        + """
import sys

def max_sum_subarray(nums, k):
    for i in range(20_000):
        print("line", i)
    sys.stdout.write("flood\\n" * 1_000_000)
    print("x" * 10**6, file=sys.stderr)
    return _window(nums, k)
"""
    )
    assert result.verdict == "accepted"
    assert len(result.stdout) < STDOUT_BOUND
    assert result.stdout.startswith("line 0\nline 1\n")
    assert "more characters not kept" in result.stdout


def nums_may_change() -> None:
    """Precondition of the mutation tests: the problem does not ask to preserve ``nums``."""
    assert "nums" not in getattr(catalog().find(MAX_SUM), "preserves", ()), f"{MAX_SUM} now asks to leave nums unchanged"


def test_mutating_the_input_with_a_right_answer_is_accepted(judge: Callable[..., JudgeResult]) -> None:
    nums_may_change()
    result = judge(
        WINDOW
        + """
def max_sum_subarray(nums, k):
    answer = _window(nums, k)
    nums.sort()
    nums.clear()
    return answer
"""
    )
    assert result.verdict == "accepted"


def test_mutating_the_input_shows_the_original_counterexample(judge: Callable[..., JudgeResult]) -> None:
    # Right on the examples (at most 6 numbers), wrong on longer inputs, and the input is
    # sorted, emptied and refilled with a marker before the answer is returned.
    nums_may_change()
    result = judge(
        WINDOW
        + """
def max_sum_subarray(nums, k):
    answer = _window(nums, k) + (1 if len(nums) >= 7 else 0)
    nums.sort()
    nums.clear()
    nums.append(12345)
    return answer
"""
    )
    assert result.verdict == "wrong_answer"
    shown = result.counterexample
    assert shown is not None
    nums, k = shown.input["nums"], shown.input["k"]
    assert len(nums) >= 7 and nums != [12345]
    assert shown.expected == reference_answer(nums, k)
    assert shown.actual == shown.expected + 1


def test_a_thread_that_never_ends_does_not_hold_the_judge(judge: Callable[..., JudgeResult]) -> None:
    # A non-daemon thread sleeping for 11 days, started from inside the function (once
    # per worker: one per call would run into the 32-task pids limit, threads count).
    result = judge(
        WINDOW
        + """
import threading
import time

_sleeper = []

def max_sum_subarray(nums, k):
    if not _sleeper:
        _sleeper.append(threading.Thread(target=lambda: time.sleep(10**6)))
        _sleeper[0].start()
    return _window(nums, k)
"""
    )
    assert result.verdict == "accepted"


def test_threads_of_the_solution_fit_the_limits(judge: Callable[..., JudgeResult]) -> None:
    # Sixteen threads at once on every call. Each used to get the solution thread's
    # 512 MB stack and a 64 MB malloc arena, which the address-space limit cannot hold.
    result = judge(
        WINDOW
        + """
from concurrent.futures import ThreadPoolExecutor

def max_sum_subarray(nums, k):
    starts = range(len(nums) - k + 1)
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: sum(nums[i:i + k]), range(16)))
        return max(pool.map(lambda i: sum(nums[i:i + k]), starts))
"""
    )
    assert result.verdict == "accepted"


def test_writes_land_only_in_the_judge_folder(judge: Callable[..., JudgeResult], tmp_path: Path) -> None:
    nonce = secrets.token_hex(6)
    outside = [
        Path(tempfile.gettempdir()) / f"grokpat-hostile-{nonce}",
        Path("/tmp") / f"grokpat-hostile-{nonce}-tmp",
        Path.home() / f"grokpat-hostile-{nonce}",
        tmp_path / f"grokpat-hostile-{nonce}",
        Path.cwd() / f"grokpat-hostile-{nonce}",
    ]
    source = WINDOW + textwrap.dedent(
        f"""
        import os

        TARGETS = {[str(p) for p in outside]!r} + [
            "relative-{nonce}",
            os.path.join(os.environ.get("HOME", "."), "home-{nonce}"),
            os.path.join(os.environ.get("TMPDIR", "."), "tmpdir-{nonce}"),
        ]
        _report = []

        def max_sum_subarray(nums, k):
            if not _report:
                for target in TARGETS:
                    try:
                        with open(target, "w") as fh:
                            fh.write("hostile")
                        _report.append("wrote " + target)
                    except OSError as exc:
                        _report.append(f"refused {{target}}: {{type(exc).__name__}}")
                print("\\n".join(_report))
            return _window(nums, k)
        """
    )
    try:
        result = judge(source)
        written = [path for path in outside if path.exists()]
    finally:
        for path in outside:
            path.unlink(missing_ok=True)
    assert not written, f"the solution wrote {written}"
    assert result.verdict == "accepted"
    for path in outside:
        assert f"refused {path}" in result.stdout
    # The sandbox's own folder (cwd, HOME, TMPDIR) is writable, and went away with it.
    for name in (f"relative-{nonce}", f"home-{nonce}", f"tmpdir-{nonce}"):
        assert any(line.startswith("wrote ") and line.endswith(name) for line in result.stdout.splitlines()), result.stdout


def test_undoing_the_read_only_mounts_is_refused(judge: Callable[..., JudgeResult]) -> None:
    # Running as root, the worker could clear the read-only flag the sandbox set on
    # every mount (mount_setattr), then write anywhere and leave its pids cgroup.
    nonce = secrets.token_hex(6)
    marker = Path("/tmp") / f"grokpat-escape-{nonce}"
    source = WINDOW + textwrap.dedent(
        f"""
        import ctypes
        import os

        class MountAttr(ctypes.Structure):
            _fields_ = [("set", ctypes.c_uint64), ("clr", ctypes.c_uint64), ("prop", ctypes.c_uint64), ("ns", ctypes.c_uint64)]

        def max_sum_subarray(nums, k):
            libc = ctypes.CDLL(None, use_errno=True)
            writable = MountAttr(0, 1, 0, 0)  # clear MOUNT_ATTR_RDONLY, recursively from /
            libc.syscall(442, -100, b"/", 0x8000, ctypes.byref(writable), ctypes.sizeof(writable))
            libc.mount(b"none", b"/", None, 32 | 4096, None)  # MS_REMOUNT | MS_BIND, read-write
            for path, text in (({str(marker)!r}, "x"), ("/sys/fs/cgroup/pids/cgroup.procs", str(os.getpid()))):
                try:
                    with open(path, "w") as fh:
                        fh.write(text)
                except OSError:
                    pass
            return _window(nums, k)
        """
    )
    result = judge(source)
    assert result.verdict == "accepted"
    assert not marker.exists()


def test_reading_stdin_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            return int(input())
        """
    )
    assert result.verdict == "runtime_error"
    assert "EOFError" in (result.counterexample.error or "")


def test_reading_all_of_stdin_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    # stdin is at end of file: read() gives "", and int("") fails.
    result = judge(
        """
        import sys

        def max_sum_subarray(nums, k):
            return int(sys.stdin.read())
        """
    )
    assert result.verdict == "runtime_error"


def test_returning_a_cyclic_list_is_wrong_answer(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            head = ListNode(1)
            head.next = ListNode(2, head)
            return head
        """
    )
    assert result.verdict == "wrong_answer"
    assert result.counterexample.actual == {"values": [1, 2], "pos": 0}


def test_returning_a_cyclic_list_where_a_list_is_due_is_wrong_answer(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def middle_node(head):
            if head is not None:
                tail = head
                while tail.next is not None:
                    tail = tail.next
                tail.next = head  # close the input list into a ring and hand it back
            return head
        """,
        problem="middle-of-linked-list",
    )
    assert result.verdict == "wrong_answer"
    assert isinstance(result.counterexample.actual, dict) and "pos" in result.counterexample.actual


def test_walking_a_cyclic_input_forever_is_time_limit(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def has_cycle(head):
            while head is not None:
                head = head.next
            return False
        """,
        problem="linked-list-cycle",
    )
    assert result.verdict == "time_limit"


def test_an_answer_that_contains_itself_is_runtime_error(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        def max_sum_subarray(nums, k):
            box = []
            box.append(box)
            return box
        """
    )
    assert result.verdict == "runtime_error"


def _unshare_net_allowed() -> bool:
    probe = (
        "import ctypes, os, sys\n"
        "flags = 0x40000000 | (0 if os.geteuid() == 0 else 0x10000000)\n"
        "sys.exit(0 if ctypes.CDLL(None, use_errno=True).unshare(flags) == 0 else 1)\n"
    )
    return sys.platform == "linux" and subprocess.run([sys.executable, "-c", probe]).returncode == 0


@pytest.mark.skipif(not _unshare_net_allowed(), reason="this platform does not allow a network namespace (unshare)")
def test_no_network_inside_the_worker(judge: Callable[..., JudgeResult]) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        port = listener.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=1):  # the listener does answer here
            listener.accept()[0].close()
        result = judge(
            WINDOW
            + f"""
import socket

_online = []

def max_sum_subarray(nums, k):
    if not _online:
        reached = []
        for address in (("127.0.0.1", {port}), ("1.1.1.1", 53), ("8.8.8.8", 443)):
            try:
                socket.create_connection(address, timeout=1).close()
                reached.append(address)
            except OSError as exc:
                print("no connection to", address, type(exc).__name__)
        _online.append(bool(reached))
    return _window(nums, k) if _online[0] else _window(nums, k) + 1
"""
        )
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing from the worker ever reached the listener
    assert result.verdict == "wrong_answer"
    assert "no connection to ('127.0.0.1'" in result.stdout


# --- 2. through the CLI ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "verdicts"),
    [
        ("def max_sum_subarray(nums, k):\n    while True:\n        pass\n", {"time_limit"}),
        (FORK_LOOP_SETSID, FAILURES),
    ],
    ids=["infinite-loop", "fork-setsid"],
)
def test_cli_judges_hostile_files_and_cleans_up(tmp_path: Path, source: str, verdicts: set[str]) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text(source, encoding="utf-8")
    temp_root = Path(tempfile.mkdtemp(prefix="grokpat-hostile-cli-"))  # the CLI's TMPDIR: its judge folders go here
    try:
        env = {**os.environ, "TMPDIR": str(temp_root), "GROKPAT_HOME": str(tmp_path / "home")}
        command = [sys.executable, "-m", "grokpat", "judge", str(solution), "--problem", MAX_SUM, "--json",
                   "--seed", "1", "--max-examples", "30", "--time-limit", "1", "--no-complexity", "--no-record"]
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        lines = done.stdout.strip().splitlines()
        assert len(lines) == 1, done.stdout
        result = json.loads(lines[0])
        assert result["verdict"] in verdicts
        assert result["problem"] == MAX_SUM
        assert not live_pids_with(f"TMPDIR={temp_root}/grokpat-judge-".encode()), "a worker's process outlived the CLI"
        assert not list(temp_root.iterdir()), "the CLI left its judge folder behind"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["solution.py"]
    finally:
        for leftover in temp_root.iterdir():
            subprocess.run(["rm", "-rf", str(leftover)])
        temp_root.rmdir()


# --- 3. friendly solutions that must be accepted ---------------------------------------


DEEP_WALK = """
def max_sum_subarray(nums, k):
    def walk(i, window, best):
        if i == len(nums):
            return best
        window += nums[i]
        if i >= k:
            window -= nums[i - k]
        if i >= k - 1:
            best = window if best is None else max(best, window)
        return walk(i + 1, window, best)

    return walk(0, 0, None)
"""


def call_in_worker(tmp_path: Path, source: str, inputs: dict, problem: str = MAX_SUM) -> Any:
    """One call of a solution in a real sandboxed worker: its wire answer (or the failure)."""
    from judge.client import WorkerClient
    from problems.calling import CallSpec

    target = catalog().find(problem)
    path = tmp_path / "solution.py"
    path.write_text(source, encoding="utf-8")
    load = {"op": "load", "source": source, "filename": str(path), "spec": CallSpec.for_problem(target).to_json(), "compare": target.compare}
    with WorkerClient(Limits(), load) as worker:
        assert worker.start().ok
        outcome = next(worker.calls([inputs], 30))
    path.unlink()
    return outcome.reply.get("answer") if outcome.ok else outcome


def test_recursion_as_deep_as_the_input_is_accepted_with_the_probe(judge: Callable[..., JudgeResult], tmp_path: Path) -> None:
    # One call per index: judged with the probe, and called once on 16384 numbers (~16385 frames deep).
    result = judge(DEEP_WALK, complexity=True)
    assert result.verdict == "accepted", result.message
    assert result.complexity is not None
    nums = [(i * 7919) % 201 - 100 for i in range(16384)]
    assert call_in_worker(tmp_path, DEEP_WALK, {"nums": nums, "k": 5}) == reference_answer(nums, 5)


def test_leetcode_paste_without_imports_is_accepted(judge: Callable[..., JudgeResult]) -> None:
    result = judge(
        """
        class Solution:
            def max_sum_subarray(self, nums: List[int], k: int) -> int:
                window: deque = deque()
                seen: defaultdict = defaultdict(int)
                heap: List[int] = []
                best: Optional[int] = None
                total = 0
                for x in nums:
                    window.append(x)
                    seen[x] += 1
                    total += x
                    if len(window) > k:
                        total -= window.popleft()
                    if len(window) == k:
                        heapq.heappush(heap, -total)
                        best = -heap[0]
                return best
        """
    )
    assert result.verdict == "accepted", result.message


@pytest.mark.parametrize("imports", ["from sortedcontainers import SortedList", ""], ids=["imported", "provided"])
def test_sorted_containers_are_there_as_on_the_interview_sites(judge: Callable[..., JudgeResult], imports: str) -> None:
    # an installed package, imported by a worker that starts without the site module
    result = judge(
        imports
        + """
def max_sum_subarray(nums, k):
    sums = SortedList(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
    return sums[-1]
"""
    )
    assert result.verdict == "accepted", result.message


def test_a_solution_method_named_like_a_provided_name_is_the_entry(judge: Callable[..., JudgeResult]) -> None:
    # itertools.permutations is provided without an import; Solution.permutations is the entry
    result = judge(
        """
        class Solution:
            def permutations(self, nums: List[int]) -> List[List[int]]:
                out = []

                def walk(i):
                    if i == len(nums):
                        out.append(nums[:])
                    for j in range(i, len(nums)):
                        nums[i], nums[j] = nums[j], nums[i]
                        walk(i + 1)
                        nums[i], nums[j] = nums[j], nums[i]

                walk(0)
                return out
        """,
        problem="permutations",
    )
    assert result.verdict == "accepted", result.to_json()
