"""The drill in the TUI, driven with Pilot on a real store and a clock the test moves:
one statement recognised through the filtered pick list, one taken for another pattern,
one left to time out; the summary on screen and the recognition figures in the store."""

from __future__ import annotations

from typing import Any

from grokpat.practice import Practice
from grokpat.store import Store
from tests.grokpat.test_practice import Clock
from tests.tui.conftest import NOW, plain, region_text, screen_text, wait_for
from tests.tui.test_mock import replace_input, type_text

WIDE = (160, 50)


def truth(index: Any, screen: Any) -> str:
    """The pattern of the statement shown, from the catalog (not from the drill)."""
    return str(index.problems[screen.question.problem].pattern)


async def test_a_drill_right_wrong_and_timed_out(make_app, index) -> None:
    from tui.screens.dialogs import NumbersScreen
    from tui.screens.drill import DrillScreen
    from tui.widgets.picker import PatternPicker

    clock = Clock(NOW)
    app = make_app(clock=clock, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, NumbersScreen), "the drill dialog")
        assert app.screen.query_one("#number-count").value == "10" and app.screen.query_one("#number-seconds").value == "30"  # the defaults
        await replace_input(pilot, "3")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DrillScreen), "the drill")
        screen = app.screen
        feedback = screen.query_one("#drill-feedback")
        assert len(screen.questions) == 3

        # 1: right, typed into the filter (its id's words) and picked with Enter
        first = truth(index, screen)
        problem = index.problems[screen.question.problem]
        text = screen_text(app)
        assert "Statement 1 of 3: which pattern?" in text and "0:30 left" in text
        # the title hidden, the pattern blotted (the picker beside lists every pattern, and a
        # problem may share its pattern's title: Longest Common Substring)
        statement = region_text(app, screen.query_one("#drill-statement-pane"))
        assert "Statement 1 of 3: which pattern?" in statement and problem.title not in statement
        picker = screen.query_one(PatternPicker)
        await type_text(pilot, first.replace("-", " "))
        await pilot.pause()
        assert picker.matches[0] == first and len(picker.matches) < len(index.patterns)  # filtered as typed
        clock.advance(4)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Right" in plain(feedback), "right")
        assert index.pattern(first).title in plain(feedback)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Statement 2 of 3" in screen_text(app), "the second statement")

        # 2: another pattern named
        second = truth(index, screen)
        wrong = next(p for p in index.patterns if p.id != second and p.id.replace("-", " ") not in second.replace("-", " "))
        await type_text(pilot, wrong.id.replace("-", " "))
        clock.advance(10)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Wrong" in plain(feedback), "wrong")
        assert f"you said {wrong.title}" in plain(feedback) and f"it was {index.pattern(second).title}" in plain(feedback)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Statement 3 of 3" in screen_text(app), "the third statement")

        # 3: the time runs out
        third = truth(index, screen)
        clock.advance(31)
        await wait_for(pilot, lambda: "time ran out" in plain(feedback), "the timeout")
        assert f"it was {index.pattern(third).title}" in plain(feedback)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.phase == "over", "the summary")
        text = screen_text(app)
        assert "Drill over: 1 of 3 recognised" in text
        assert index.pattern(first).title in text and index.pattern(second).title in text and wrong.title in text and "no answer" in text

    with Store() as store:
        stats = Practice(index, store, clock).stats()
    expected: dict[str, tuple[int, int]] = {}
    for pattern, ok in ((first, 1), (second, 0), (third, 0)):
        n, right = expected.get(pattern, (0, 0))
        expected[pattern] = (n + 1, right + ok)
    assert {p: tuple(v) for p, v in stats.recognition.items()} == expected
    assert (second, wrong.id, 1) in [tuple(c) for c in stats.confusions]
