"""One end-to-end check in a real terminal (tmux): start, judge with a progress bar, read the screen."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
WRONG = """
def max_sum_subarray(nums, k):
    return max(nums[:k])
"""


def _tmux(*args: str) -> str:
    return subprocess.run([TMUX, *args], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(TMUX is None, reason="tmux is part of this project's machine image; without it there is no real terminal to drive")
def test_judge_in_a_real_terminal(tmp_path: Path) -> None:
    session = f"grokpat-e2e-{tmp_path.name}"[:60]
    grokpat = f"{sys.executable} -m grokpat"
    script = tmp_path / "run.sh"
    script.write_text(
        f"cd {tmp_path}\n"
        f"{grokpat} start max-sum-subarray-of-size-k\n"
        f"printf '%s' '{WRONG}' >> max_sum_subarray_of_size_k.py\n"
        f"{grokpat} judge max_sum_subarray_of_size_k.py --seed 1 --max-examples 50\n"
        f"echo EXIT=$?\n"
        "sleep 30\n"
    )
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", f"bash {script}")
    try:
        screen = ""
        for _ in range(300):
            screen = _tmux("capture-pane", "-p", "-t", session)
            if "EXIT=" in screen:
                break
            time.sleep(0.1)
        assert "wrote " in screen and "max_sum_subarray_of_size_k.py" in screen
        assert "✗ wrong_answer" in screen
        assert "smallest failing input:" in screen and "nums = " in screen
        assert "EXIT=1" in screen
        assert "Traceback" not in screen
    finally:
        subprocess.run([TMUX, "kill-session", "-t", session], capture_output=True)
