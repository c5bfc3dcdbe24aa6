"""The catalog index: browsing reads it, a changed file is parsed again, a corrupt cache is
ignored and rebuilt, a deleted problem is never served."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from problems.catalog import builtin_root, load_catalog
from problems.index import FORMAT, IndexReader, load_index, quick_load

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
    block = IndexReader.block_path(pack, "sliding_window")
    assert cache.exists() and json.loads(block.read_text())["names"] == [f"pack_sum_{i}.yaml" for i in range(3)]


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


@pytest.mark.parametrize("garbage", [b"\x00\xff not json", b"[1, 2, 3]", b'{"format": 3, "root": "/elsewhere", "folders": {}, "files": {}}',
                                     b'{"format": 1, "root": "ROOT", "files": {}}',
                                     b'{"format": 3, "root": "ROOT", "folders": {}, "files": {"sliding_window/pattern.yaml": {"stamp": "x"}}}'])
@pytest.mark.parametrize("which", ["guides", "block"])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(pack: Path, garbage: bytes, which: str) -> None:
    summaries(pack)
    cache = IndexReader.cache_path(pack) if which == "guides" else IndexReader.block_path(pack, "sliding_window")
    cache.write_bytes(garbage.replace(b"ROOT", os.path.realpath(pack).encode()))
    assert summaries(pack) == {f"pack-sum-{i}": f"Pack Sum {i} Subarray of Size K" for i in range(3)}
    assert json.loads(cache.read_text())["format"] == FORMAT


@pytest.mark.parametrize("rows", ['[["s", 6]]', '[["x", []], ["s", []], ["e", 3]]', '"rows"'])
def test_a_damaged_block_is_read_file_by_file(pack: Path, rows: str) -> None:
    summaries(pack)
    block = IndexReader.block_path(pack, "sliding_window")
    data = json.loads(block.read_text())
    block.write_text(json.dumps({**data, "rows": json.loads(rows)}))
    assert summaries(pack) == {f"pack-sum-{i}": f"Pack Sum {i} Subarray of Size K" for i in range(3)}


def test_a_lying_cache_entry_is_not_trusted(pack: Path) -> None:
    """An entry whose stamp matches but whose summary is damaged is parsed again."""
    summaries(pack)
    cache = IndexReader.block_path(pack, "sliding_window")
    data = json.loads(cache.read_text())
    data["rows"][1][1][1] = None  # the title, where the stamp still matches
    cache.write_text(json.dumps(data))
    assert summaries(pack)["pack-sum-1"] == "Pack Sum 1 Subarray of Size K"


def test_an_unwritable_cache_is_no_error(pack: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("GROKPAT_HOME", str(blocker))
    assert len(summaries(pack)) == 3


# --- show and start: the one problem, read from its own file ---------------------------------


def test_quick_load_reads_the_one_file_the_index_vouches_for(pack: Path) -> None:
    summaries(pack)
    found = quick_load("pack-sum-1", [pack])
    assert found is not None
    problem, pattern = found
    assert (problem.id, problem.title, pattern.id) == ("pack-sum-1", "Pack Sum 1 Subarray of Size K", "sliding-window")
    assert problem == load_index([pack]).load("pack-sum-1")


def test_quick_load_sees_an_edit_and_never_a_deleted_file(pack: Path) -> None:
    summaries(pack)
    path = pack / "sliding_window" / "pack_sum_1.yaml"
    path.write_text(path.read_text().replace("title: Pack Sum 1", "title: Edited"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert quick_load("pack-sum-1", [pack]) is None  # its stamp changed: the catalog decides
    assert load_index([pack]).load("pack-sum-1").title == "Edited Subarray of Size K"
    (pack / "sliding_window" / "pack_sum_0.yaml").unlink()
    assert quick_load("pack-sum-0", [pack]) is None
    with pytest.raises(KeyError, match="unknown problem id"):
        load_index([pack]).load("pack-sum-0")


def test_quick_load_steps_aside_when_a_folder_changed(pack: Path) -> None:
    """A new file could hold the same id (a duplicate that wins by order): the catalog decides."""
    summaries(pack)
    source = pack / "sliding_window" / "pack_sum_2.yaml"
    (pack / "sliding_window" / "aa_first.yaml").write_text(source.read_text())
    shutil.copy(source.with_suffix(".py"), pack / "sliding_window" / "aa_first.py")
    assert quick_load("pack-sum-2", [pack]) is None
    catalog = load_index([pack])
    assert catalog.problems["pack-sum-2"].yaml_path.name == "aa_first.yaml"
    assert any("duplicate problem id 'pack-sum-2'" in str(e) for e in catalog.errors)


def test_quick_load_without_a_cache_or_for_a_prefix_steps_aside(pack: Path) -> None:
    assert quick_load("pack-sum-1", [pack]) is None  # no cache yet
    summaries(pack)
    assert quick_load("pack-sum", [pack]) is None  # a prefix: the catalog says it is ambiguous


def test_show_with_the_index_prints_what_the_file_says(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from grokpat.cli import cli

    monkeypatch.setenv("GROKPAT_PACKS", str(pack))
    runner = CliRunner()
    first = runner.invoke(cli, ["show", "pack-sum-1", "--json"])
    second = runner.invoke(cli, ["show", "pack-sum-1", "--json"])  # the quick path, the cache warm
    assert first.exit_code == second.exit_code == 0
    assert json.loads(first.output) == json.loads(second.output)
    assert json.loads(second.output)["title"] == "Pack Sum 1 Subarray of Size K"
    (pack / "sliding_window" / "pack_sum_1.yaml").unlink()
    gone = runner.invoke(cli, ["show", "pack-sum-1"])
    assert gone.exit_code == 2 and "unknown problem id 'pack-sum-1'" in gone.output


def test_only_the_changed_file_is_parsed_again(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from problems.catalog import FileReader

    summaries(pack)
    parsed: list[str] = []
    real = FileReader.problem

    def counting(self, path, pattern_id, source):  # type: ignore[no-untyped-def]
        parsed.append(path.name)
        return real(self, path, pattern_id, source)

    monkeypatch.setattr(FileReader, "problem", counting)
    summaries(pack)
    assert parsed == []  # nothing changed: nothing parsed, the built-in catalog included
    path = pack / "sliding_window" / "pack_sum_2.yaml"
    path.write_text(path.read_text().replace("title: Pack Sum 2", "title: Changed"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert summaries(pack)["pack-sum-2"] == "Changed Subarray of Size K"
    assert parsed == ["pack_sum_2.yaml"]
