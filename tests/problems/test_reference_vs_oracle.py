"""Every problem: its examples pass the reference and the reference agrees with the oracle.

This is ``grokpat validate`` run problem by problem under pytest, with Hypothesis
generating EXAMPLES inputs each (fewer in CI, same assertions).
"""

from __future__ import annotations

import pytest

from problems.catalog import load_catalog
from problems.validate import validate_problem
from tests.conftest import EXAMPLES

PROBLEMS = sorted(load_catalog(pack_dirs=[]).problems)


@pytest.mark.slow
@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_reference_agrees_with_oracle(catalog, problem_id: str) -> None:
    errors = validate_problem(catalog.problems[problem_id], max_examples=EXAMPLES, seed=7)
    assert errors == [], "\n".join(map(str, errors))
