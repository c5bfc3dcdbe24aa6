"""Time from `grokpat` (no arguments) to the TUI's first screen in a 140x45 terminal,
beside `python -c "import textual.app"` (target: the pattern titles within 1 s).

The app runs on a pseudo-terminal of 140x45, as in a real terminal; the time is taken
when the first and the last pattern titles have both been written to it. Then ctrl+q
ends it. Best of N runs (the least disturbed), on one GROKPAT_HOME (its store made by
the first run, as a learner's is).

Run: python benchmarks/tui_startup.py [N]
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _timing import best_time, grokpat_command

WIDTH, HEIGHT = 140, 45


def first_screen(command: list[str], env: dict[str, str], marks: tuple[bytes, ...], timeout_s: float = 30.0) -> float:
    """Seconds from the start of ``command`` on a 140x45 pty until every mark was written."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < timeout_s:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 1 << 16)
                except OSError:
                    break
                seen += chunk
                if all(mark in seen for mark in marks):
                    elapsed = time.perf_counter() - start
                    break
        os.write(master, b"\x11")  # ctrl+q
        deadline = time.perf_counter() + 10
        while process.poll() is None and time.perf_counter() < deadline:
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 1 << 16)
                except OSError:
                    break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(master)
    if elapsed is None:
        raise SystemExit(f"the first screen never showed {marks!r} within {timeout_s} s")
    return elapsed


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    from problems.catalog import load_catalog

    patterns = load_catalog().patterns
    marks = (patterns[0].title.encode(), patterns[-1].title.encode())
    home = tempfile.mkdtemp(prefix="grokpat-bench-home-")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update({"GROKPAT_HOME": home, "TERM": "xterm-256color"})
    anchor = best_time([sys.executable, "-c", "import textual.app"], repeats=repeats)
    tui = min(first_screen(grokpat_command(), env, marks) for _ in range(repeats))
    print(f"anchor  python -c 'import textual.app'   {anchor * 1e3:7.1f} ms")
    print(f"grokpat (TUI, first screen at {WIDTH}x{HEIGHT})  {tui * 1e3:7.1f} ms   {tui / anchor:4.1f}x the anchor  (target: within 1000 ms)")


if __name__ == "__main__":
    main()
