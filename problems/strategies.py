"""Hypothesis strategies from input specs (imported only to judge or validate).

Every strategy yields wire values (plain JSON), so an input can be shown, stored,
sent to the worker and decoded afresh for each run. Sizes and bounds that are
expressions are evaluated against the parameters drawn before them, inside one
composite draw, so Hypothesis shrinks the whole input together. Each type's own
strategy is in the registry (``problems.types``).
"""

from __future__ import annotations

import os
from typing import Any
from collections.abc import Mapping

from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from problems.types import type_of
from problems.types.base import composite


def _keep_hypothesis_out_of_cwd() -> None:
    """Hypothesis caches its charmap under ./.hypothesis; the judge writes nothing in the user's folder."""
    import platformdirs

    home = os.environ.get("GROKPAT_HOME") or platformdirs.user_cache_dir("grokpat")
    set_hypothesis_home_dir(os.path.join(home, "hypothesis"))


_keep_hypothesis_out_of_cwd()


def inputs_strategy(input_spec: Mapping[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """All parameters of a problem, drawn in order, as one dict of wire values."""
    return composite(_draw_inputs, tuple(input_spec.items()))


def _draw_inputs(draw: st.DrawFn, items: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    env: dict[str, Any] = {}
    for name, spec in items:
        env[name] = draw(strategy(spec, env))
    return env


def strategy(spec: Mapping[str, Any], env: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """The strategy for one parameter, given the parameters drawn before it."""
    return type_of(spec).strategy(spec, env)
