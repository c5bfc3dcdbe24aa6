"""Every reference solution, judged as if a learner wrote it, is accepted (probe included)."""

from __future__ import annotations

import pytest

from judge.campaign import JudgeOptions, judge_file
from problems.catalog import load_catalog
from tests.conftest import EXAMPLES

PROBLEMS = sorted(load_catalog(pack_dirs=[]).problems)


@pytest.mark.slow
@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_reference_is_accepted(catalog, problem_id: str) -> None:
    problem = catalog.problems[problem_id]
    result = judge_file(problem.module_path, problem, JudgeOptions(max_examples=EXAMPLES, seed=11))
    assert result.verdict == "accepted", result.to_json()
    assert result.passed == result.total >= len(problem.examples)
    if problem.complexity is not None:
        assert result.complexity is not None and len(result.complexity.sizes) >= 3
