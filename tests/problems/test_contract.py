"""The catalog honours shared/catalog.yaml: patterns, ids, entries, signatures, compare modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from problems.signature import parse_signature
from tests.conftest import CATALOG_YAML



def test_the_copied_contract_is_the_shared_one() -> None:
    """tests/data/catalog.yaml is a copy of the team's contract; where the team's folder
    is beside the project (a developer's machine), the two are identical."""
    shared = Path(__file__).resolve().parents[3].joinpath("shared", "catalog.yaml")
    if not shared.exists():
        pytest.skip("no shared/ folder beside the project (a clone on its own): the copy is the contract")
    assert CATALOG_YAML.read_bytes() == shared.read_bytes(), "copy shared/catalog.yaml to tests/data/catalog.yaml"


def test_the_25_patterns_load_in_catalog_order(catalog, contract) -> None:
    assert not catalog.errors, catalog.errors[:3]
    assert [(p.id, p.title) for p in catalog.patterns] == [(p["id"], p["title"]) for p in contract["patterns"]]
    assert [p.order for p in catalog.patterns] == list(range(1, 26))


def test_every_pattern_guide_teaches(catalog) -> None:
    for pattern in catalog.patterns:
        assert len(pattern.summary) > 200, pattern.id
        assert len(pattern.cues) >= 4 and len(pattern.mistakes) >= 4, pattern.id
        compile(pattern.template, str(pattern.path), "exec")


def test_every_pattern_has_six_problems_easy_medium_and_hard(catalog) -> None:
    for pattern in catalog.patterns:
        problems = catalog.problems_of(pattern.id)
        assert len(problems) >= 6, pattern.id
        assert {p.difficulty for p in problems} == {"easy", "medium", "hard"}, pattern.id


def test_the_catalog_holds_at_least_150_problems(catalog) -> None:
    assert len(catalog.problems) >= 150


def _contract_problems(contract):
    return list(contract["problems"])


def test_contract_problems_exist_exactly(catalog, contract) -> None:
    for want in _contract_problems(contract):
        problem = catalog.problems.get(want["id"])
        assert problem is not None, f"missing {want['id']}"
        assert problem.pattern == want["pattern"]
        assert problem.signature.source == want["signature"]
        assert problem.entry == parse_signature(want["signature"]).entry
        assert problem.compare == want["compare"]
        if "complexity" in want:
            assert problem.complexity is not None, want["id"]
            assert problem.complexity.time == want["complexity"]["time"]
            assert problem.complexity.n == want["complexity"]["n"]


def test_problems_carry_enough_teaching(catalog) -> None:
    for problem in catalog.problems.values():
        assert len(problem.examples) >= 2, problem.id
        assert len(problem.hints) >= 3, problem.id
        assert problem.statement and problem.constraints, problem.id


def test_ids_are_unique_slugs_across_the_catalog(catalog) -> None:
    ids = [pid for p in catalog.patterns for pid in p.problem_ids]
    assert len(ids) == len(set(ids))


def test_every_pattern_lists_its_problems_in_teaching_order(catalog) -> None:
    """Each guide's `problems:` names every problem of its folder once (the TUI and `next` follow it)."""
    for pattern in catalog.patterns:
        assert pattern.listed, f"{pattern.id} has no problems: list in its pattern.yaml"
        assert list(pattern.problem_ids) == list(pattern.listed), pattern.id
