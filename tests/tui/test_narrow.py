"""At 80x24 every screen is still usable: what a learner needs is on screen (or one key
away), the panes stack, the footer keeps the screen's keys."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import MAX_SUM_FILE, WRONG, judged, open_problem, screen_text, wait_for

SIZE = (80, 24)


def visible(app, widget) -> bool:
    region = widget.region
    return region.width > 0 and region.height > 0 and app.screen.region.contains_region(region)


async def test_home_at_80x24(make_app, catalog) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Today" in text and "Next   Maximum Sum Subarray of Size K" in text and "press n" in text
        for pattern in catalog.patterns[:12]:
            assert pattern.title in text
        assert "Progress" in text and "Solved" in text and "Grok" in text and "Due" in text  # no column cut off
        assert "q Quit" in text and "? Help" in text
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert catalog.patterns[-1].title in screen_text(app)


async def test_a_pattern_at_80x24(make_app, catalog) -> None:
    app = make_app()
    first = catalog.patterns[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.5)
        text = screen_text(app)
        for pid in first.problem_ids:  # every problem of the pattern, with its level
            assert catalog.problems[pid].title in text
        assert "Level" in text and "Sliding Window" in text
        await pilot.press("tab", "z")  # the guide, zoomed to the whole screen
        await pilot.pause(0.5)
        assert app.screen.maximized is not None and visible(app, app.screen.query_one("#guide-pane"))
        await pilot.press("escape")  # Escape un-zooms first
        await pilot.pause()
        assert app.screen.maximized is None


async def test_a_problem_and_its_verdict_at_80x24(make_app, workspace: Path) -> None:
    (workspace / MAX_SUM_FILE).write_text(WRONG)
    app = make_app(watch=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_problem(pilot)
        text = screen_text(app)
        assert "Maximum Sum Subarray of Size K" in text and "Given an array of integers" in text
        assert "Solution  ./max_sum_subarray_of_size_k.py" in text and "Judge on save" in text
        for keys in ("esc Back", "h Hint", "e Edit", "j Judge", "? Help"):
            assert keys in text
        assert visible(app, screen.query_one("#statement-pane")) and visible(app, screen.query_one("#verdict"))
        await pilot.press("j")
        await judged(pilot)
        await wait_for(pilot, lambda: "actual" in screen_text(app), "the whole verdict on screen")
        text = screen_text(app)
        assert "✗ wrong answer" in text and "Smallest failing input" in text and "expected" in text


async def test_stats_reviews_help_and_the_give_up_dialog_at_80x24(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause(0.5)
        text = screen_text(app)
        assert "Sliding Window" in text and "Grok" in text and "Kept" in text
        assert "nothing met yet" in text and "Judgements, last 30 days" in text
        await pilot.press("escape", "r")
        await pilot.pause(0.5)
        assert "Nothing is due for review" in screen_text(app)
        await pilot.press("question_mark")
        await pilot.pause(0.5)
        assert "Keys" in screen_text(app) and "Everywhere" in screen_text(app)
        await pilot.press("end")
        await pilot.pause(0.3)
        assert "command palette" in screen_text(app)
        await pilot.press("escape", "escape")
        await open_problem(pilot)
        await pilot.press("g")
        await pilot.pause(0.5)
        text = screen_text(app)
        assert "Seeing the reference counts as a give-up" in text.replace("\n", " ") or "give-up" in text
        assert "Yes, show it (y)" in text and "No (n)" in text
        await pilot.press("n")
        await pilot.pause()
