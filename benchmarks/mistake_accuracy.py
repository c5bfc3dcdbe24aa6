"""How often the named mistake is the right one: every corpus solution labelled with its
known mistake (a `# mistake: <detector id>` line) is judged, and the detector that fires on
its counterexample is compared with the label. The anchor is the issue's target: right at
least 80% of the time (a guess is never said with more than "likely").

Run: python benchmarks/mistake_accuracy.py [--pattern P]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from grokpat.judging import judge_one
from judge.locate import header_id
from problems.index import load_index

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
LABEL = re.compile(r"^#\s*mistake:\s*([a-z0-9-]+)", re.M)


def labelled(only: str | None = None) -> list[tuple[Path, str, str]]:
    """(file, problem id, detector id) for every labelled corpus solution."""
    found = []
    for path in sorted(CORPUS.glob("*/*/*.py")):
        match = LABEL.search(path.read_text(encoding="utf-8"))
        problem = header_id(path)
        if match and problem and (only is None or path.parts[-3] == only.replace("-", "_")):
            found.append((path, problem, match.group(1)))
    return found


def named(path: Path, problem: str, catalog) -> str | None:  # type: ignore[no-untyped-def]
    result = json.loads(judge_one(str(path), problem, {"max_examples": 100, "seed": 5, "complexity": False}, catalog=catalog))
    return (result.get("mistake") or {}).get("id")


def main() -> None:
    only = sys.argv[sys.argv.index("--pattern") + 1] if "--pattern" in sys.argv else None
    catalog = load_index(pack_dirs=[])
    per_pattern: dict[str, list[bool]] = defaultdict(list)
    silent = 0
    for path, problem, label in labelled(only):
        guess = named(path, problem, catalog)
        right = guess == label
        silent += guess is None
        per_pattern[catalog.problems[problem].pattern].append(right)
        print(f"{'✓' if right else '✗'} {path.relative_to(CORPUS)}: labelled {label}, named {guess}", flush=True)
    total = sum(len(v) for v in per_pattern.values())
    right = sum(sum(v) for v in per_pattern.values())
    print()
    for pattern, marks in per_pattern.items():
        print(f"{pattern:<28} {sum(marks)}/{len(marks)}")
    print(f"\n{right} of {total} named right ({right / max(1, total):.0%}; target >= 80%), {silent} named nothing, "
          f"{len(per_pattern)} patterns with labelled solutions")


if __name__ == "__main__":
    main()
