"""The verdict panel: the solution file, live progress while judging, then the verdict,
passed/total, the smallest failing input with the expected and actual answers and why,
the captured prints, and the complexity curve against the reference."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import ProgressBar, Static

from tui.widgets.chart import ComplexityChart
from tui.widgets.marks import colour, verdict_text

PRINTS_SHOWN = 60  # lines of the solution's prints shown (the judge caps what it keeps)
VALUE_CHARS = 600


def short(value: object, limit: int = VALUE_CHARS) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 20] + f"… ({len(text)} chars)"


def cases(result: dict[str, Any]) -> str:
    """``209/209 cases passed``, or ``failed on case 3 of 209 planned``."""
    verdict, passed, total = result["verdict"], int(result.get("passed", 0)), int(result.get("total", 0))
    if verdict in ("accepted", "suboptimal"):
        return f"{passed}/{total} cases passed"
    if verdict == "compile_error" or not result.get("counterexample"):
        return f"{passed} of {total} cases passed" if total else "the file did not load"
    return f"{passed}/{total} passed: failed on case {passed + 1} of {total} planned"


class VerdictPanel(VerticalScroll):
    """Handed the file's state, the judge's progress and its result by the problem screen."""

    ALLOW_MAXIMIZE = True

    DEFAULT_CSS = """
    VerdictPanel #judge-progress { height: 1; display: none; }
    VerdictPanel #judge-progress.-running { display: block; }
    VerdictPanel #judge-stage { width: auto; min-width: 12; }
    VerdictPanel #prints { display: none; }
    VerdictPanel #prints.-shown { display: block; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.can_focus = True
        self.result: dict[str, Any] | None = None
        self.phase = "idle"  # idle | running | finished | cancelled | failed
        self.hint_key = "h"

    def compose(self) -> ComposeResult:
        yield Static(id="file-line")
        with Horizontal(id="judge-progress"):
            yield Static("starting", id="judge-stage")
            yield ProgressBar(id="judge-bar", show_eta=False)
        yield Static(id="verdict-head")
        yield Static(id="verdict-body")
        yield ComplexityChart(id="chart")
        yield Static(id="prints")

    def on_mount(self) -> None:
        self.query_one(ComplexityChart).show(None)
        self.show_idle()

    # --- data down ------------------------------------------------------------------------

    def show_file(self, shown_path: str, exists: bool, watching: bool, keys: dict[str, str]) -> None:
        text = Text()
        text.append("Solution  ", style="bold")
        text.append(shown_path, style="" if exists else "dim")
        if not exists:
            text.append(f"  not written yet: {keys['write']} writes it, {keys['edit']} writes and edits it", style="dim")
        text.append("\nJudge on save  ", style="bold")
        text.append("on" if watching else "off", style=f"bold {colour(self.app, 'success')}" if watching else "dim")
        text.append(f"  ({keys['watch']} toggles; {keys['judge']} judges now)", style="dim")
        self.query_one("#file-line", Static).update(text)

    def show_idle(self, message: str = "") -> None:
        self.phase = "idle"
        self._set_running(False)
        self.query_one("#verdict-head", Static).update(Text("Not judged yet in this session." if not message else message, style="dim"))
        self._clear_result()

    def show_running(self, stage: str, done: int, total: int, cancel_key: str = "c") -> None:
        if self.phase != "running":
            self.phase = "running"
            self._clear_result()
            self.query_one("#verdict-head", Static).update(Text(f"Judging…  press {cancel_key} to cancel", style="bold"))
        self._set_running(True)
        words = {"starting": "starting", "testing": "cases", "shrinking": "shrinking", "probing": "probe"}
        self.query_one("#judge-stage", Static).update(Text(f"{words.get(stage, stage)} ", style="bold"))
        bar = self.query_one("#judge-bar", ProgressBar)
        if total:
            bar.update(total=total, progress=done)
        else:
            bar.update(total=None)

    def show_cancelled(self) -> None:
        self.phase = "cancelled"
        self._set_running(False)
        self.query_one("#verdict-head", Static).update(Text("Cancelled: the judge's worker was stopped; nothing was recorded.", style=f"bold {colour(self.app, 'warning')}"))
        self._clear_result()

    def show_failed(self, error: str) -> None:
        self.phase = "failed"
        self._set_running(False)
        self.query_one("#verdict-head", Static).update(Text(f"⚠ {error}", style=f"bold {colour(self.app, 'error')}"))
        self._clear_result()

    def show_result(self, result: dict[str, Any], record_error: str | None = None) -> None:
        self.phase = "finished"
        self.result = result
        self._set_running(False)
        head = Text()
        head.append_text(verdict_text(self.app, result["verdict"]))
        head.append(f"   {cases(result)}")
        head.append(f"   {float(result.get('elapsed_s', 0.0)):.2f} s", style="dim")
        if record_error:
            head.append(f"\n⚠ not recorded: {record_error}", style=f"bold {colour(self.app, 'warning')}")
        else:
            head.append("\nrecorded in your progress", style="dim")
        self.query_one("#verdict-head", Static).update(head)
        self.query_one("#verdict-body", Static).update(self._body(result))
        complexity = result.get("complexity")
        self.query_one(ComplexityChart).show(complexity, slower=result["verdict"] == "suboptimal")
        prints = self.query_one("#prints", Static)
        out = (result.get("stdout") or "").rstrip()
        prints.set_class(bool(out), "-shown")
        if out:
            lines = out.splitlines()
            text = Text("Your prints\n", style="bold")
            text.append("\n".join(lines[:PRINTS_SHOWN]), style="")
            if len(lines) > PRINTS_SHOWN:
                text.append(f"\n… {len(lines) - PRINTS_SHOWN} more lines", style="dim")
            prints.update(text)
        self.scroll_home(animate=False)

    # --- drawing --------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.query_one("#judge-progress").set_class(running, "-running")

    def _clear_result(self) -> None:
        self.result = None
        self.query_one("#verdict-body", Static).update("")
        self.query_one(ComplexityChart).show(None)
        self.query_one("#prints", Static).set_class(False, "-shown")

    def _body(self, result: dict[str, Any]) -> Text:
        err, accent = colour(self.app, "error"), colour(self.app, "accent")
        text = Text()
        message = result.get("message") or ""
        cx = result.get("counterexample")
        said = {result["verdict"].replace("_", " "), *(str(cx.get(k)) for k in ("reason", "error") if cx and cx.get(k))}
        if message and result["verdict"] != "accepted" and message not in said:
            text.append(message + "\n")
        if cx:
            label = "Smallest failing input" if result["verdict"] == "wrong_answer" else "Failing input"
            text.append(f"{chr(10) if text else ''}{label}\n", style="bold")
            for name, value in (cx.get("input") or {}).items():
                text.append(f"  {name} = ", style=accent)
                text.append(short(value) + "\n")
            text.append("  expected  ", style="bold")
            text.append(short(cx.get("expected")) + "\n")
            if cx.get("error"):
                text.append("  error     ", style=f"bold {err}")
                text.append(str(cx["error"]) + "\n")
            else:
                text.append("  actual    ", style=f"bold {err}")
                text.append(short(cx.get("actual")) + "\n")
            if cx.get("reason") and cx["reason"] != "wrong answer":
                text.append("  why       ", style="bold")
                text.append(str(cx["reason"]) + "\n")
        mistake = result.get("mistake")
        if mistake and mistake.get("mistake"):
            text.append("Likely mistake  ", style=f"bold {colour(self.app, 'warning')}")
            text.append(str(mistake["mistake"]))
            if mistake.get("hint"):
                text.append(f"  (hint {mistake['hint']} is about it: {self.hint_key} shows the hints)", style="dim")
            text.append("\n")
        comp = result.get("complexity")
        if comp:
            text.append(f"{chr(10) if text else ''}Complexity  ", style="bold")
            if result["verdict"] == "suboptimal":
                text.append(f"measured {comp.get('measured')}, expected {comp.get('expected')} (the ratio to the reference grew {float(comp.get('ratio_growth', 0)):.1f}x)\n")
            else:
                text.append(f"{comp.get('expected')}, as the reference\n")
            if comp.get("note"):
                text.append(f"{comp['note']}\n", style="dim")
        text.rstrip()
        return text
