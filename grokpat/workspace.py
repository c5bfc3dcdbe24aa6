"""Solution files: where they live and how ``grokpat start`` writes them."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from grokpat.errors import UserError
from grokpat.paths import workspace_dir

__all__ = ["render_solution", "workspace_dir", "write_solution"]
from problems.model import Problem

TEMPLATES = Path(__file__).parent / "templates"


def needed_imports(problem: Problem) -> list[str]:
    """The imports a clean file needs for the signature to run."""
    names = [n for n in ("ListNode", "TreeNode") if n in problem.signature.source]
    lines = [f"from grokpat import {', '.join(names)}"] if names else []
    typing = [n for n in ("List", "Optional", "Dict", "Tuple") if f"{n}[" in problem.signature.source]
    if typing:
        lines.insert(0, f"from typing import {', '.join(typing)}")
    return lines


def _call_text(problem: Problem, example_input: dict) -> str:
    if problem.signature.kind == "class":
        ops = example_input["operations"]
        args = example_input["arguments"]
        return "; ".join(f"{op}({', '.join(map(repr, a))})" for op, a in zip(ops, args))
    return f"{problem.entry}({', '.join(f'{k}={v!r}' for k, v in example_input.items())})"


def render_solution(problem: Problem, pattern_title: str, mock: bool = False) -> str:
    """The text of a fresh solution file for ``problem`` (for a mock interview: no pattern, no tags)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined, keep_trailing_newline=True)
    statement = "\n\n".join(
        textwrap.fill(par.replace("\n", " "), width=88) if not par.lstrip().startswith(("-", "*", "|", "```", "    ")) else par
        for par in problem.statement.replace('"""', "'''").split("\n\n")
    )
    examples = [
        {"call": _call_text(problem, ex.input), "output": repr(ex.output), "explanation": ex.explanation.replace('"""', "'''")}
        for ex in problem.examples
    ]
    text = env.get_template("solution.py.j2").render(
        problem=problem, pattern_title="" if mock else pattern_title, statement=statement, examples=examples, imports=needed_imports(problem), mock=mock
    )
    return text.rstrip() + "\n"


def write_solution(problem: Problem, pattern_title: str, directory: Path, force: bool = False, mock: bool = False) -> Path:
    """Write the solution file; never overwrite without ``force``."""
    path = directory / problem.filename
    if path.exists() and not force:
        raise UserError(f"{path} already exists (use --force to overwrite it)")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(render_solution(problem, pattern_title, mock), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
