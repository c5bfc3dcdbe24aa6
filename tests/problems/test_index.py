"""The catalog index: browsing reads it, a changed file is parsed again, a corrupt cache is
ignored and rebuilt, a deleted problem is never served."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from problems.catalog import builtin_root, load_catalog
from problems.index import IndexReader, load_index

SOURCE = builtin_root() / "sliding_window" / "max_sum_subarray_of_size_k"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    folder = tmp_path / "pack" / "sliding_window"
    folder.mkdir(parents=True)
    for i in range(3):
        text = SOURCE.with_suffix(".yaml").read_text().replace("id: max-sum-subarray-of-size-k", f"id: pack-sum-{i}").replace("title: Maximum Sum", f"title: Pack Sum {i}")
        (folder / f"pack_sum_{i}.yaml").write_text(text)
        shutil.copy(SOURCE.with_suffix(".py"), folder / f"pack_sum_{i}.py")
    return tmp_path / "pack"


def summaries(pack: Path) -> dict[str, str]:
    catalog = load_index([pack])
    assert not catalog.errors, catalog.errors
    return {pid: p.title for pid, p in catalog.problems.items() if pid.startswith("pack-")}


def test_the_index_lists_what_the_files_say(pack: Path) -> None:
    assert summaries(pack) == {f"pack-sum-{i}": f"Pack Sum {i} Subarray of Size K" for i in range(3)}
    cache = IndexReader.cache_path(pack)
    assert cache.exists() and len(json.loads(cache.read_text())["files"]) == 3


def test_the_index_agrees_with_parsing_everything() -> None:
    full, index = load_catalog(pack_dirs=[]), load_index(pack_dirs=[])
    assert [p.id for p in full.patterns] == [p.id for p in index.patterns]
    assert [p.problem_ids for p in full.patterns] == [p.problem_ids for p in index.patterns]
    for pid, problem in full.problems.items():
        summary = index.problems[pid]
        assert (summary.title, summary.difficulty, summary.signature_source, summary.compare) == (problem.title, problem.difficulty, problem.signature.source, problem.compare)
        assert index.load(pid) == problem


def test_a_changed_file_is_read_again(pack: Path) -> None:
    summaries(pack)
    path = pack / "sliding_window" / "pack_sum_1.yaml"
    path.write_text(path.read_text().replace("title: Pack Sum 1", "title: Renamed"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert summaries(pack)["pack-sum-1"] == "Renamed Subarray of Size K"


def test_a_broken_edit_is_an_error_and_a_fix_is_seen(pack: Path) -> None:
    summaries(pack)
    path = pack / "sliding_window" / "pack_sum_2.yaml"
    good = path.read_text()
    path.write_text(good.replace("difficulty: easy", "difficulty: trivial"))
    catalog = load_index([pack])
    assert "pack-sum-2" not in catalog.problems and any("difficulty" in str(e) for e in catalog.errors)
    path.write_text(good)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2 * 10**9))
    assert "pack-sum-2" in summaries(pack)


def test_a_deleted_problem_is_never_served(pack: Path) -> None:
    summaries(pack)
    (pack / "sliding_window" / "pack_sum_0.yaml").unlink()
    assert "pack-sum-0" not in summaries(pack)


@pytest.mark.parametrize("garbage", [b"\x00\xff not json", b"[1, 2, 3]", b'{"format": 1, "root": "/elsewhere", "files": {}}',
                                     b'{"format": 1, "root": "ROOT", "files": {"sliding_window/pack_sum_1.yaml": {"stamp": "x", "summary": 3}}}'])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(pack: Path, garbage: bytes) -> None:
    summaries(pack)
    cache = IndexReader.cache_path(pack)
    cache.write_bytes(garbage.replace(b"ROOT", os.path.realpath(pack).encode()))
    assert summaries(pack) == {f"pack-sum-{i}": f"Pack Sum {i} Subarray of Size K" for i in range(3)}
    assert json.loads(cache.read_text())["format"] == 1


def test_a_lying_cache_entry_is_not_trusted(pack: Path) -> None:
    """An entry whose stamp matches but whose summary is damaged is parsed again."""
    summaries(pack)
    cache = IndexReader.cache_path(pack)
    data = json.loads(cache.read_text())
    entry = data["files"]["sliding_window/pack_sum_1.yaml"]
    del entry["summary"]["title"]
    cache.write_text(json.dumps(data))
    assert summaries(pack)["pack-sum-1"] == "Pack Sum 1 Subarray of Size K"


def test_an_unwritable_cache_is_no_error(pack: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("GROKPAT_HOME", str(blocker))
    assert len(summaries(pack)) == 3
