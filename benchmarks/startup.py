"""Start-up cost of the CLI against a bare interpreter (targets: --help <= 6x, list <= 10x).

Run: python benchmarks/startup.py
"""

from __future__ import annotations

import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _timing import best_time, grokpat_command, quiet_env


def main() -> None:
    anchor = best_time([sys.executable, "-c", "pass"], repeats=15)
    cmd = grokpat_command()
    env = quiet_env()
    print(f"anchor  python -c pass        {anchor * 1e3:7.1f} ms")
    for args, target in ((["--help"], 6), (["list"], 10), (["patterns"], 10)):
        t = best_time(cmd + args, repeats=15, env=env)
        print(f"grokpat {' '.join(args):<20} {t * 1e3:7.1f} ms   {t / anchor:4.1f}x  (target <= {target}x)")


if __name__ == "__main__":
    main()
