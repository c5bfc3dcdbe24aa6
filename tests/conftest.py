"""Shared test set-up: a private GROKPAT_HOME, the catalog, and the example budget."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Slow property tests run this many generated inputs per problem (CI sets fewer).
EXAMPLES = int(os.environ.get("GROKPAT_CI_EXAMPLES", "200"))
# The contract (shared/catalog.yaml), copied into the repo: the tests pass on a clone alone.
CATALOG_YAML = Path(__file__).resolve().parent / "data" / "catalog.yaml"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path_factory.getbasetemp() / "home"))
    monkeypatch.delenv("GROKPAT_PACKS", raising=False)
    monkeypatch.delenv("GROKPAT_WORKSPACE", raising=False)


@pytest.fixture(scope="session")
def catalog():
    from problems.catalog import load_catalog

    return load_catalog(pack_dirs=[])


@pytest.fixture(scope="session")
def contract() -> dict:
    import yaml

    return yaml.safe_load(CATALOG_YAML.read_text())
