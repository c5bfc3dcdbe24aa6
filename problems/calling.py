"""How a problem's entry is called: decode the wire input, call, encode the answer.

The same code serves the reference (in the judge or in ``validate``) and the
learner's solution (in the judge's worker), so both see exactly the same objects.
A ``CallSpec`` is plain data and crosses to the worker as JSON.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any
from collections.abc import Callable

from problems.nodes import is_list_node, is_tree_node
from problems.wire import Shape, a_type, decode, encode


@dataclass(frozen=True)
class CallSpec:
    """Everything needed to call an entry on a wire input."""

    kind: str  # "function" | "class"
    entry: str
    params: tuple[str, ...] = ()
    shapes: dict[str, Shape] = field(default_factory=dict)
    mutates: str | None = None
    preserves: tuple[str, ...] = ()  # parameters the solution must leave as they were
    returns: str | None = None  # "ListNode" or "TreeNode" when the answer must be a node

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallSpec:
        return cls(data["kind"], data["entry"], tuple(data["params"]), dict(data["shapes"]), data.get("mutates"), tuple(data.get("preserves", ())), data.get("returns"))

    @classmethod
    def for_problem(cls, problem: Any) -> CallSpec:
        from problems.spec import shape_of

        shapes = {name: shape_of(spec) for name, spec in problem.input_spec.items()}
        returns = problem.signature.returns_node if problem.signature.kind == "function" else None
        return cls(problem.signature.kind, problem.entry, problem.params, shapes, problem.mutates, problem.preserves, returns)


class CallFailed(Exception):
    """The entry raised; ``call_index`` says which operation of a design problem."""

    def __init__(self, error: BaseException, call_index: int | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.call_index = call_index


class NotANode(Exception):
    """The answer should be a ListNode or TreeNode (or None) and is something else."""

    def __init__(self, wire: Any, message: str) -> None:
        super().__init__(message)
        self.wire = wire
        self.message = message


def prepare(spec: CallSpec, wire_input: dict[str, Any]) -> dict[str, Any]:
    """Fresh argument objects for one call: deep copies, never shared with another run,
    so a solution that mutates its input cannot change what the next run (or the
    reference, or the counterexample shown) sees."""
    fresh = copy.deepcopy(wire_input)
    if spec.kind == "class":
        return {"operations": fresh["operations"], "arguments": fresh["arguments"]}
    return {name: decode(fresh[name], spec.shapes.get(name, "plain")) for name in spec.params}


def invoke(spec: CallSpec, target: Callable[..., Any], args: dict[str, Any]) -> Any:
    """Call the entry on prepared arguments and return the raw answer.

    For an in-place problem the answer is the mutated argument; for a design problem
    the list of every operation's result (``None`` for the constructor).
    """
    if spec.kind == "class":
        return _drive_class(target, args["operations"], args["arguments"])
    result = target(*[args[name] for name in spec.params])
    if spec.mutates:
        return args[spec.mutates]
    if spec.returns and result is not None:
        is_node = is_list_node(result) if spec.returns == "ListNode" else is_tree_node(result)
        if not is_node:
            wire = encode(result)
            raise NotANode(wire, f"expected a {spec.returns} (or None), got {a_type(wire)}: return the node itself, not its values")
    return result


def call(spec: CallSpec, target: Callable[..., Any], wire_input: dict[str, Any]) -> Any:
    """Decode, call and encode: the wire answer of ``target`` on ``wire_input``."""
    return encode(invoke(spec, target, prepare(spec, wire_input)))


def changed_inputs(spec: CallSpec, args: dict[str, Any], wire_input: dict[str, Any]) -> list[str]:
    """The parameters the problem asks to leave alone that the call changed anyway."""
    from problems.compare import canonical

    if not spec.preserves:
        return []
    before = prepare(spec, wire_input)  # the same objects, untouched (so [] and None agree)
    return [name for name in spec.preserves if canonical(encode(args[name])) != canonical(encode(before[name]))]


def call_checked(spec: CallSpec, target: Callable[..., Any], wire_input: dict[str, Any]) -> tuple[Any, list[str]]:
    """Like ``call``, and which preserved parameters the call changed."""
    args = prepare(spec, wire_input)
    answer = encode(invoke(spec, target, args))
    return answer, changed_inputs(spec, args, wire_input)


def _drive_class(cls: Callable[..., Any], operations: list[str], arguments: list[list[Any]]) -> list[Any]:
    results: list[Any] = []
    instance: Any = None
    for index, (name, args) in enumerate(zip(operations, arguments)):
        try:
            if index == 0:
                instance = cls(*args)
                results.append(None)
            else:
                results.append(encode(getattr(instance, name)(*args)))
        except Exception as exc:  # the failing operation is part of the verdict
            raise CallFailed(exc, index) from exc
    return results
