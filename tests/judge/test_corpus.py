"""Solutions written outside the reference, in many styles, each with the verdict it must get.

``tests/corpus/<pattern>/<problem>/<name>.py`` starts with ``# expect: <verdict>`` and
``# grokpat: <problem id>``. Correct solutions in every style must be accepted (or
called suboptimal when they are), and every wrong one caught.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from judge.campaign import JudgeOptions, judge_file
from tests.conftest import EXAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXPECT = re.compile(r"^#\s*expect:\s*(\w+)", re.M)
MISTAKE = re.compile(r"^#\s*mistake:", re.M)
# a wrong solution labelled with its mistake is judged once, by test_mistake_corpus, which
# checks its verdict and counterexample as here and the mistake it is named with besides
FILES = sorted(p for p in CORPUS.glob("*/*/*.py") if not MISTAKE.search(p.read_text(encoding="utf-8")))


def expected_verdict(path: Path) -> str:
    match = EXPECT.search(path.read_text())
    assert match, f"{path} has no '# expect: <verdict>' line"
    return match.group(1)


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_corpus_solution_gets_its_verdict(catalog, path: Path) -> None:
    from judge.locate import locate_problem

    want = expected_verdict(path)
    problem = locate_problem(path, catalog)
    # the verdict is the subject here: the shrinker's budget is cut to a second (test_mistake_corpus
    # judges the labelled wrong solutions with the whole budget, and checks what it shrinks to)
    options = JudgeOptions(max_examples=EXAMPLES, seed=5, complexity=want in ("accepted", "suboptimal"), shrink_budget=1.0)
    result = judge_file(path, problem, options)
    assert result.verdict == want, result.to_json()
    if want == "wrong_answer":
        cx = result.counterexample
        assert cx is not None and (cx.expected != cx.actual or cx.reason)


def test_corpus_covers_every_catalog_problem(catalog) -> None:
    covered = {p.parent.name for p in CORPUS.glob("*/*/*.py")}
    missing = sorted(pid for pid in catalog.problems if pid.replace("-", "_") not in covered)
    assert not missing, f"no corpus solutions for {missing}"
