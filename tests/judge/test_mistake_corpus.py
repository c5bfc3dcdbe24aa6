"""Mistakes named from the counterexample, measured on the corpus: every wrong solution
labelled with its known mistake (``# mistake: <detector id>``) is judged, and the
mistake named must be the label at least 80% of the time in every pattern (so over the
corpus too), with at least two labelled solutions in every pattern.
``benchmarks/mistake_accuracy.py`` prints the same measure file by file.

The shrinker is given time enough to finish (its budget is a wall-clock bound, so a busy
machine would otherwise stop it at a bigger counterexample and the names would vary).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from grokpat.judging import judge_one
from judge.locate import header_id
from problems.index import load_index
from tests.judge.test_corpus import expected_verdict

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LABEL = re.compile(r"^#\s*mistake:\s*([a-z0-9-]+)", re.M)
TARGET = 0.8
OPTIONS = {"max_examples": 100, "seed": 5, "complexity": False, "shrink_budget": 60.0}


def labelled() -> dict[str, list[tuple[Path, str, str]]]:
    """Per pattern folder: (file, problem id, detector id) of each labelled solution."""
    found: dict[str, list[tuple[Path, str, str]]] = defaultdict(list)
    for path in sorted(CORPUS.glob("*/*/*.py")):
        match = LABEL.search(path.read_text(encoding="utf-8"))
        problem = header_id(path)
        if match and problem:
            found[path.parts[-3]].append((path, problem, match.group(1)))
    return found


LABELLED = labelled()


def test_every_pattern_has_at_least_two_labelled_wrong_solutions(catalog) -> None:  # type: ignore[no-untyped-def]
    folders = {p.path.parent.name for p in catalog.patterns}
    assert {f: len(LABELLED.get(f, [])) for f in folders if len(LABELLED.get(f, [])) < 2} == {}


def test_every_label_is_a_detector_of_its_pattern(catalog) -> None:  # type: ignore[no-untyped-def]
    unknown = []
    for files in LABELLED.values():
        for path, problem, label in files:
            pattern = catalog.pattern(catalog.problems[problem].pattern)
            if label not in {d["id"] for d in pattern.detectors}:
                unknown.append(f"{path.relative_to(CORPUS)}: {label}")
    assert unknown == []


@pytest.mark.slow
@pytest.mark.parametrize("folder", sorted(LABELLED))
def test_the_named_mistake_is_the_known_one_at_least_80_percent(folder: str) -> None:
    catalog = load_index(pack_dirs=[])
    marks, wrong = [], []
    for path, problem, label in LABELLED[folder]:
        result = json.loads(judge_one(str(path), problem, OPTIONS, catalog=catalog))
        assert expected_verdict(path) == "wrong_answer", path
        assert result["verdict"] == "wrong_answer", f"{path.relative_to(CORPUS)}: {result['verdict']} {result['message']}"
        cx = result["counterexample"]
        assert cx is not None and (cx["expected"] != cx["actual"] or cx["reason"])
        named = result["mistake"]
        assert named is None or named["confidence"] == "likely"  # a guess is never said with more confidence
        marks.append(named is not None and named["id"] == label)
        if not marks[-1]:
            wrong.append(f"{path.relative_to(CORPUS)}: labelled {label}, named {named and named['id']}")
    assert sum(marks) / len(marks) >= TARGET, wrong
