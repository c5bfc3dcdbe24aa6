"""Every flow of the TUI, driven through the real app with Pilot: home, a pattern, a
problem, hints, the solution file, judging (right, wrong, on save), reviews, stats, the
palette, help, quit; all on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from grokpat.practice import Practice
from grokpat.store import Store
from tests.tui.conftest import DAY, MAX_SUM, MAX_SUM_FILE, NOW, RIGHT, WRONG, judged, open_problem, plain, screen_text, wait_for


def attempts(problem: str) -> list[str]:
    with Store() as store:
        return [row["verdict"] for row in store.attempts_since(problem, 0)]


async def test_home_lists_the_patterns_in_teaching_order_with_today(make_app, catalog) -> None:
    from tui.widgets.tables import PatternTable

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(PatternTable)
        assert [row.id for row in table._rows] == [p.id for p in catalog.patterns]
        text = screen_text(app)
        for pattern in catalog.patterns:
            assert pattern.title in text
        assert "streak 0 days" in text and "0 reviews due" in text
        first = catalog.problems[catalog.patterns[0].problem_ids[0]]
        assert f"Next   {first.title}" in text  # what `grokpat next` suggests, with its key
        assert "n Next" in text and "? Help" in text


async def test_enter_opens_a_pattern_then_a_problem_and_escape_goes_back(make_app, catalog) -> None:
    from tui.screens.home import HomeScreen
    from tui.screens.pattern import PatternScreen
    from tui.screens.problem import ProblemScreen
    from tui.widgets.tables import ProblemTable

    app = make_app()
    first = catalog.patterns[0]
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PatternScreen), "the pattern screen")
        assert [row.id for row in app.screen.query_one(ProblemTable)._rows] == list(first.problem_ids)
        text = screen_text(app)
        assert first.title in text and "Problems  0/" in text
        assert "How to recognise it" in text
        guide = app.screen.query_one("#guide")
        assert "```python" in guide.source  # the template, highlighted as Python
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen), "the problem screen")
        second = catalog.problems[first.problem_ids[1]]
        assert app.screen.problem_id == second.id
        text = screen_text(app)
        assert second.title in text and "Signature" in text and "Not judged yet" in text
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, PatternScreen), "back to the pattern")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), "back home")
        await pilot.press("escape")  # nowhere further back: home stays
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_hints_come_one_at_a_time_and_are_recorded(make_app, catalog) -> None:
    problem = catalog.problems[MAX_SUM]
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        hints = app.screen.query_one("#hints")
        assert "Hints  0 of" in plain(hints)
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(app)  # the hint is scrolled into view
        assert f"Hints  1 of {len(problem.hints)} taken" in text
        assert problem.hints[0][:40] in text.replace("\n", " ") or problem.hints[0].split()[0] in text
        await pilot.press("h")
        await pilot.pause()
        with Store() as store:
            assert store.hints_taken(MAX_SUM) == 2
        await pilot.press("escape")
        await open_problem(pilot)  # coming back shows the hints already taken
        assert f"Hints  2 of {len(problem.hints)} taken" in plain(app.screen.query_one("#hints"))
        for _ in problem.hints:
            await pilot.press("h")
        await pilot.pause()
        with Store() as store:
            assert store.hints_taken(MAX_SUM) == len(problem.hints)  # never more than there are
        assert "No hints left" in plain(app.screen.query_one("#hints"))


async def test_w_writes_the_solution_file_as_grokpat_start_does_and_never_over_one(make_app, workspace: Path) -> None:
    app = make_app()
    path = workspace / MAX_SUM_FILE
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        assert "not written yet" in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        text = path.read_text()
        assert text.startswith(f"# grokpat: {MAX_SUM}\n") and "def max_sum_subarray(nums: list[int], k: int) -> int:" in text
        assert "not written yet" not in screen_text(app)
        path.write_text("# mine\n")
        await pilot.press("w")
        await pilot.pause()
        assert path.read_text() == "# mine\n"
        assert "already exists" in app.messages[-1][1]
        assert attempts(MAX_SUM) == []  # writing the stub judges nothing


async def test_judging_a_wrong_then_a_right_solution_shows_the_verdict_and_records_it(make_app, workspace: Path) -> None:
    app = make_app(watch=False)
    path = workspace / MAX_SUM_FILE
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert "no solution file yet" in app.messages[-1][1]
        path.write_text(WRONG)
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.result["verdict"] == "wrong_answer"
        text = screen_text(app)
        assert "✗ wrong answer" in text and "failed on case" in text
        assert "Smallest failing input" in text and "nums = " in text and "k = " in text
        assert "expected" in text and "actual" in text
        assert "Your prints" in text and "window of" in text
        assert "recorded in your progress" in text
        assert attempts(MAX_SUM) == ["wrong_answer"]

        path.write_text(RIGHT)
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.result["verdict"] == "accepted"
        text = screen_text(app)
        assert "✓ accepted" in text and f"{panel.result['passed']}/{panel.result['total']} cases passed" in text
        assert "Smallest failing input" not in text
        assert attempts(MAX_SUM) == ["wrong_answer", "accepted"]
        assert "solved" in str(app.screen.query_one("#problem-meta").render())
        await pilot.press("escape")
        await pilot.pause()
        assert "1/7" in screen_text(app) or "1/" in screen_text(app)


async def test_the_verdict_panel_draws_the_complexity_curve(make_app, workspace: Path) -> None:
    from tui.widgets.chart import ComplexityChart

    app = make_app(judge_options={"max_examples": 20, "seed": 1, "time_limit": 2.0, "complexity": True})
    (workspace / MAX_SUM_FILE).write_text(RIGHT)
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.result["verdict"] == "accepted", panel.result
        chart = app.screen.query_one(ComplexityChart)
        assert chart.display and chart.figures == panel.result["complexity"]
        text = screen_text(app)
        assert "● yours (O(n))" in text and "○ reference (O(n))" in text and "n = " in text
        assert "Complexity  O(n), as the reference" in text


async def test_saving_the_file_judges_it_and_the_toggle_stops_that(make_app, workspace: Path) -> None:
    app = make_app()
    path = workspace / MAX_SUM_FILE
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await open_problem(pilot)
        await pilot.press("w")  # the stub: written by us, never judged on its own
        await wait_for(pilot, lambda: any(w.group == "watch" and w.is_running for w in app.workers), "the watch")
        await pilot.pause(0.5)
        assert app.judges.current is None
        path.write_text(WRONG)  # as an editor in another window would
        panel = await judged(pilot)
        assert panel.result["verdict"] == "wrong_answer"
        tmp = path.with_name(path.name + ".swp")
        tmp.write_text(RIGHT)
        tmp.replace(path)  # an editor saving by rename
        await wait_for(pilot, lambda: panel.result is not None and panel.result["verdict"] == "accepted", "the save judged")
        assert attempts(MAX_SUM) == ["wrong_answer", "accepted"]
        await pilot.press("a")
        await pilot.pause()
        assert not app.watch_enabled and "Judge on save  off" in screen_text(app)
        await wait_for(pilot, lambda: not any(w.group == "watch" and w.is_running for w in app.workers), "the watch stopped")
        assert screen.is_attached


async def test_reviews_list_what_is_due_and_enter_opens_it(make_app, catalog, workspace: Path) -> None:
    from tui.screens.problem import ProblemScreen
    from tui.screens.reviews import ReviewsScreen

    path = workspace / "x.py"
    path.write_text(RIGHT)
    with Store() as store:  # solved 30 days ago, revealed (Again): due long before NOW
        practice = Practice(catalog, store, clock=lambda: NOW - 30 * DAY)
        practice.reveal("pair-with-target-sum")
        practice.record({"file": str(path), "problem": "pair-with-target-sum", "verdict": "accepted", "passed": 1, "total": 1})
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        assert "1 review due" in screen_text(app)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewsScreen), "the reviews screen")
        text = screen_text(app)
        assert catalog.problems["pair-with-target-sum"].title in text and "days overdue" in text
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen), "the problem")
        assert app.screen.problem_id == "pair-with-target-sum"
        assert "due for review" in screen_text(app)


async def test_reviews_say_when_nothing_is_due(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert "Nothing is due for review" in screen_text(app)


async def test_stats_show_bars_the_grok_history_and_attempts_over_time(make_app, catalog, workspace: Path) -> None:
    from tui.screens.stats import StatsScreen
    from tui.widgets.tables import StatsTable

    path = workspace / "x.py"
    path.write_text(RIGHT)
    window = catalog.pattern("sliding-window").problem_ids
    with Store() as store:
        for day, (pid, hint) in enumerate([(window[0], False), (window[1], True), (window[2], False)]):
            practice = Practice(catalog, store, clock=lambda day=day: NOW - (3 - day) * DAY)
            if hint:
                practice.take_hints(pid)
            practice.record({"file": str(path), "problem": pid, "verdict": "wrong_answer", "passed": 0, "total": 9})
            practice.record({"file": str(path), "problem": pid, "verdict": "accepted", "passed": 9, "total": 9})
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, StatsScreen), "the stats screen")
        assert len(app.screen.query_one(StatsTable)._rows) == len(catalog.patterns)
        text = screen_text(app)
        assert "3 solved, 6 judgements" in text
        assert "Sliding Window  3/7 solved, grok score 50%" in text  # of the two met after the first solve, one cold
        assert "helped" in text and "cold" in text and "not counted" in text
        assert "Judgements, last 30 days  6 in all, 3 accepted, busiest day 2" in text
        await pilot.press("down")
        await pilot.pause()
        assert "Two Pointers  0/" in screen_text(app) and "nothing met yet" in screen_text(app)


async def test_the_palette_finds_problems_and_patterns_by_id_or_title(make_app) -> None:
    from tui.screens.pattern import PatternScreen
    from tui.screens.problem import ProblemScreen

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"max-sum-subarray")
        await wait_for(pilot, lambda: "Maximum Sum Subarray of Size K" in screen_text(app), "the hit")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen), "the problem from the palette")
        assert app.screen.problem_id == MAX_SUM
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Two Heaps")
        await wait_for(pilot, lambda: "(two-heaps)" in screen_text(app), "the pattern hit")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PatternScreen), "the pattern from the palette")
        assert app.screen.pattern_id == "two-heaps"


async def test_help_lists_every_screens_keys_with_their_ids(make_app) -> None:
    from tui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        text = screen_text(app)
        for words in ("Judge", "judge", "Hint", "cancel-judge", "Judge on save", "Give up", "command palette", "keymap.toml"):
            assert words in text, words
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_n_opens_what_grokpat_next_suggests(make_app, catalog) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.problem_id == catalog.patterns[0].problem_ids[0]


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_q_quits(make_app, key: str) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press(key)
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_bindings_are_remapped_by_id_from_the_keymap_file(make_app, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "keymap.toml").write_text('[keymap]\nhint = "x"\njudge = "ctrl+j"\n')
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        text = screen_text(app)
        assert "x Hint" in text and "^j Judge" in text
        await pilot.press("x")
        await pilot.pause()
        with Store() as store:
            assert store.hints_taken(MAX_SUM) == 1


async def test_a_broken_keymap_file_is_a_message_not_a_crash(make_app, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "keymap.toml").write_text("[keymap\n")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        assert any("keymap.toml was not used" in text for _, text in app.messages)


@pytest.mark.parametrize("theme", ["textual-light", "nord", "gruvbox", "solarized-light", "ansi-dark"])
async def test_every_screen_draws_in_other_themes(make_app, workspace: Path, theme: str) -> None:
    from tests.tui.test_snapshots import ACCEPTED_RESULT, show_verdict

    (workspace / MAX_SUM_FILE).write_text(WRONG)
    app = make_app(watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        app.theme = theme
        await pilot.pause()
        assert "Sliding Window" in screen_text(app)
        await open_problem(pilot)
        await show_verdict(pilot, ACCEPTED_RESULT)  # the verdict panel and its chart, in this theme
        assert "◐ suboptimal" in screen_text(app) and "● yours" in screen_text(app)
        for key in ("escape", "s", "escape", "r", "escape", "enter", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
        assert "Keys" in screen_text(app)
