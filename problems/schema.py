"""The schema of pattern.yaml and <problem>.yaml, checked field by field.

``problem_errors`` lists every problem with a problem file (field path + message);
``build_problem`` turns a sound dict into a ``Problem``. Keeping the two apart lets
``grokpat validate`` report everything at once while browsing just loads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from problems.errors import ContentError, at
from problems.compare import COMPARE_MODES
from problems.model import DIFFICULTIES, Complexity, Example, Pattern, Problem
from problems.signature import Signature, SignatureError, parse_signature
from problems.spec import is_collection, spec_errors

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PROBLEM_KEYS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "title": str,
    "difficulty": str,
    "signature": str,
    "statement": str,
    "examples": list,
    "constraints": (list, str),
    "compare": str,
    "hints": list,
}
OPTIONAL_KEYS = {"pattern", "entry", "input", "complexity", "tags", "mutates", "preserves", "notes"}
PATTERN_KEYS = {"id": str, "title": str, "order": int, "summary": str, "cues": list, "template": str, "complexity": dict, "mistakes": list}
MIN_EXAMPLES = 2
MIN_HINTS = 3


def _type_name(t: Any) -> str:
    types = t if isinstance(t, tuple) else (t,)
    return " or ".join({"str": "a string", "list": "a list", "int": "an integer", "dict": "a mapping"}[x.__name__] for x in types)


def pattern_errors(data: Any) -> list[tuple[str | None, str]]:
    """Problems with a pattern.yaml."""
    if not isinstance(data, dict):
        return [(None, "must be a mapping")]
    errors: list[tuple[str | None, str]] = []
    for key, kind in PATTERN_KEYS.items():
        if key not in data:
            errors.append((key, "missing required field"))
        elif not isinstance(data[key], kind) or isinstance(data[key], bool):
            errors.append((key, f"must be {_type_name(kind)}"))
    if isinstance(data.get("id"), str) and not ID_RE.match(data["id"]):
        errors.append(("id", "must be a kebab-case slug"))
    if isinstance(data.get("mistakes"), list):
        from problems.mistakes import detector_errors

        errors.extend(detector_errors(data.get("detectors"), len(data["mistakes"])))
    listed = data.get("problems", [])
    if not isinstance(listed, list) or not all(isinstance(p, str) and ID_RE.match(p) for p in listed):
        errors.append(("problems", "the pattern's problem ids in teaching order: a list of kebab-case ids"))
    elif len(set(listed)) != len(listed):
        errors.append(("problems", "lists a problem twice"))
    return errors


def build_pattern(data: dict[str, Any], path: Path) -> Pattern:
    return Pattern(
        id=data["id"],
        title=data["title"],
        order=data["order"],
        summary=data["summary"],
        cues=tuple(data["cues"]),
        template=data["template"],
        complexity=dict(data["complexity"]),
        mistakes=tuple(data["mistakes"]),
        related=tuple(data.get("related", ())),
        path=path,
        listed=tuple(data.get("problems", ())),
        detectors=tuple(data.get("detectors") or ()),
    )


def problem_errors(data: Any, pattern_id: str) -> list[tuple[str | None, str]]:
    """Every schema problem of a problem dict."""
    if not isinstance(data, dict):
        return [(None, "a problem file must be a mapping of fields")]
    errors: list[tuple[str | None, str]] = []
    for key, kind in PROBLEM_KEYS.items():
        if key not in data:
            errors.append((key, "missing required field"))
        elif not isinstance(data[key], kind):
            errors.append((key, f"must be {_type_name(kind)}"))
    for key in data:
        if key not in PROBLEM_KEYS and key not in OPTIONAL_KEYS:
            errors.append((key, f"unknown field (known: {', '.join(sorted({*PROBLEM_KEYS, *OPTIONAL_KEYS}))})"))
    if errors:
        return errors
    if not ID_RE.match(data["id"]):
        errors.append(("id", f"{data['id']!r} is not a kebab-case slug"))
    if data.get("pattern", pattern_id) != pattern_id:
        errors.append(("pattern", f"{data['pattern']!r} but the file is in the folder of {pattern_id!r}"))
    if data["difficulty"] not in DIFFICULTIES:
        errors.append(("difficulty", f"{data['difficulty']!r} is not one of {', '.join(DIFFICULTIES)}"))
    if data["compare"] not in COMPARE_MODES:
        errors.append(("compare", f"unknown compare mode {data['compare']!r}; one of {', '.join(COMPARE_MODES)}"))
    try:
        signature = parse_signature(data["signature"])
    except SignatureError as exc:
        return errors + [("signature", str(exc))]
    if "entry" in data and data["entry"] != signature.entry:
        errors.append(("entry", f"{data['entry']!r} but the signature defines {signature.entry!r}"))
    if data["compare"] == "in-place":
        if data.get("mutates") not in signature.params:
            errors.append(("mutates", "an in-place problem names the parameter it mutates (one of the signature's)"))
    elif "mutates" in data:
        errors.append(("mutates", "only in-place problems mutate a parameter"))
    preserves = data.get("preserves", [])
    if not isinstance(preserves, list) or any(p not in signature.params for p in preserves):
        errors.append(("preserves", "a list of the signature's parameters that the solution must leave unchanged"))
    errors.extend(_input_errors(data, signature))
    errors.extend(_example_errors(data, signature))
    if len(data["hints"]) < MIN_HINTS or not all(isinstance(h, str) and h.strip() for h in data["hints"]):
        errors.append(("hints", f"at least {MIN_HINTS} non-empty hints, from a nudge to a near-solution"))
    if not data["statement"].strip():
        errors.append(("statement", "must not be empty"))
    if "complexity" in data:
        errors.extend(_complexity_errors(data["complexity"], signature))
    if "tags" in data and not (isinstance(data["tags"], list) and all(isinstance(t, str) for t in data["tags"])):
        errors.append(("tags", "must be a list of strings"))
    return errors


def _input_errors(data: dict[str, Any], signature: Signature) -> list[tuple[str | None, str]]:
    spec = data.get("input")
    if spec is None:
        if signature.kind == "class":
            return []
        return [("input", "missing: describe each parameter (its type tells the judge how to build lists and trees, even when inputs() generates them)")]
    if not isinstance(spec, dict):
        return [("input", "must be a mapping from parameter name to its spec")]
    errors: list[tuple[str | None, str]] = []
    if signature.kind == "function" and list(spec) != list(signature.params):
        errors.append(("input", f"parameters {list(spec)} differ from the signature's {list(signature.params)} (same names, same order)"))
    earlier: set[str] = set()
    for name, param_spec in spec.items():
        errors.extend(spec_errors(param_spec, f"input.{name}", earlier))
        earlier.add(name)
    return errors


def _example_errors(data: dict[str, Any], signature: Signature) -> list[tuple[str | None, str]]:
    examples = data["examples"]
    errors: list[tuple[str | None, str]] = []
    if len(examples) < MIN_EXAMPLES:
        errors.append(("examples", f"at least {MIN_EXAMPLES} examples"))
    for i, ex in enumerate(examples):
        where = f"examples.{i}"
        if not isinstance(ex, dict) or "input" not in ex or "output" not in ex:
            errors.append((where, "an example has 'input' (a mapping of arguments) and 'output'"))
            continue
        unknown = set(ex) - {"input", "output", "explanation"}
        if unknown:
            errors.append((where, f"unknown keys {sorted(unknown)}"))
        if signature.kind == "function":
            if not isinstance(ex["input"], dict) or list(ex["input"]) != list(signature.params):
                errors.append((f"{where}.input", f"must give exactly the parameters {list(signature.params)} in order"))
        else:
            errors.extend(_operations_errors(ex, signature, where))
        for part in ("input", "output"):
            bad = _non_json(ex[part])
            if bad is not None:
                errors.append((f"{where}.{part}", f"{bad!r} is a YAML {type(bad).__name__}, not a JSON value (quote it to make it a string)"))
    return errors


def _operations_errors(example: dict[str, Any], signature: Signature, where: str) -> list[tuple[str | None, str]]:
    """A design problem's example: operations the class has, one argument list each, the
    right number of arguments, and one result per operation."""
    given = example["input"]
    if not isinstance(given, dict) or set(given) != {"operations", "arguments"}:
        return [(f"{where}.input", "a class problem's input has 'operations' and 'arguments'")]
    ops, args = given["operations"], given["arguments"]
    if not isinstance(ops, list) or not all(isinstance(op, str) for op in ops) or not ops:
        return [(f"{where}.input.operations", "must be a non-empty list of method names")]
    if not isinstance(args, list) or not all(isinstance(a, list) for a in args):
        return [(f"{where}.input.arguments", "must be a list of argument lists, one per operation")]
    if len(ops) != len(args):
        return [(f"{where}.input", f"{len(ops)} operations but {len(args)} argument lists")]
    if ops[0] != signature.entry:
        return [(f"{where}.input.operations", f"the first operation constructs the class: {signature.entry!r}, not {ops[0]!r}")]
    methods = {m.name: m for m in signature.methods}
    for index, (op, arguments) in enumerate(zip(ops, args)):
        method = methods.get("__init__" if index == 0 else op)
        if method is None:
            if index == 0:
                continue  # a constructor the signature does not spell out
            return [(f"{where}.input.operations", f"operation {index}: {signature.entry} has no method {op!r} (it has {', '.join(m for m in methods if m != '__init__')})")]
        if not method.required <= len(arguments) <= len(method.params):
            want = str(len(method.params)) if method.required == len(method.params) else f"{method.required} to {len(method.params)}"
            return [(f"{where}.input.arguments", f"operation {index} ({op}) takes {want} arguments, the example gives {len(arguments)}")]
    output = example["output"]
    if not isinstance(output, list) or len(output) != len(ops):
        return [(f"{where}.output", f"a list of {len(ops)} results, one per operation (null for the constructor)")]
    return []


def _non_json(value: Any) -> Any:
    """The first value inside ``value`` that is not JSON (a YAML date, a set, bytes...), or None."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return None
    if isinstance(value, list):
        return next((bad for bad in map(_non_json, value) if bad is not None), None)
    if isinstance(value, dict):
        key = next((k for k in value if not isinstance(k, str)), None)
        if key is not None:
            return key
        return next((bad for bad in map(_non_json, value.values()) if bad is not None), None)
    return value


def _complexity_errors(cx: Any, signature: Signature) -> list[tuple[str | None, str]]:
    if not isinstance(cx, dict) or not isinstance(cx.get("time"), str) or not isinstance(cx.get("n"), str):
        return [("complexity", "needs 'time' (like O(n)) and 'n' (what n measures)")]
    errors: list[tuple[str | None, str]] = []
    if not re.match(r"^O\(.+\)", cx["time"]):
        errors.append(("complexity.time", f"{cx['time']!r} is not big-O notation"))
    probe = cx.get("probe", {})
    if not isinstance(probe, dict) or set(probe) - {"param", "min", "max"}:
        errors.append(("complexity.probe", "a mapping with param, min and max"))
    elif "param" in probe and signature.kind == "function" and probe["param"] not in signature.params:
        errors.append(("complexity.probe.param", f"{probe['param']!r} is not a parameter"))
    return errors


def derive_probe_param(n: str, params: tuple[str, ...]) -> str | None:
    """Which parameter the probe grows: ``len(nums)`` → nums, ``n`` → n, else None."""
    m = re.fullmatch(r"\s*len\((\w+)\)\s*", n)
    if m and m.group(1) in params:
        return m.group(1)
    if n.strip() in params:
        return n.strip()
    return None


def build_problem(data: dict[str, Any], pattern_id: str, path: Path, source: str) -> Problem:
    """A Problem from a dict that ``problem_errors`` found sound."""
    signature = parse_signature(data["signature"])
    complexity = None
    if "complexity" in data:
        cx = data["complexity"]
        probe = cx.get("probe", {})
        param = probe.get("param") or derive_probe_param(cx["n"], signature.params)
        spec = data.get("input") or {}
        if param is None and signature.kind == "function":
            collections = [p for p, s in spec.items() if is_collection(s)]
            param = collections[0] if len(collections) == 1 else None
        complexity = Complexity(
            time=cx["time"],
            n=cx["n"],
            space=cx.get("space", ""),
            probe_param=param,
            probe_min=int(probe.get("min", 256)),
            probe_max=int(probe.get("max", 16384)),
        )
    constraints = data["constraints"]
    return Problem(
        id=data["id"],
        title=data["title"],
        pattern=pattern_id,
        difficulty=data["difficulty"],
        signature=signature,
        statement=data["statement"].strip(),
        examples=tuple(Example(ex["input"], ex["output"], str(ex.get("explanation", "")).strip()) for ex in data["examples"]),
        constraints=tuple([constraints] if isinstance(constraints, str) else constraints),
        input_spec=dict(data.get("input") or {}),
        compare=data["compare"],
        hints=tuple(data["hints"]),
        tags=tuple(data.get("tags", ())),
        yaml_path=path,
        complexity=complexity,
        mutates=data.get("mutates"),
        preserves=tuple(data.get("preserves", ())),
        source=source,
    )


def to_errors(path: Path, problems: list[tuple[str | None, str]]) -> list[ContentError]:
    """Field-level problems as ContentErrors with their lines."""
    return [at(path, field, message) for field, message in problems]
