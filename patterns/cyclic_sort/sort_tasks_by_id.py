"""Sort Tasks by Their Ids: reference (cyclic sort), oracle, hooks."""

import random


def sort_tasks(tasks: list[list[int]]) -> None:
    """Cyclic sort: the task with id k belongs at index k - 1. Swap the task at i to its
    home until the one at i is home, then move on. Each swap places one task for good, so
    there are at most n - 1 swaps: O(n) time, O(1) space."""
    i = 0
    while i < len(tasks):
        home = tasks[i][0] - 1
        if home != i:
            tasks[i], tasks[home] = tasks[home], tasks[i]
        else:
            i += 1


def brute_force(tasks: list[list[int]]) -> None:
    """A library sort by id."""
    tasks.sort(key=lambda task: task[0])


def inputs():
    """Any order of the ids 1..n (long cycles, fixed points), durations with repeats."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 20))
        ids = draw(st.permutations(list(range(1, n + 1))))
        top = draw(st.sampled_from([3, 10**4]))
        durations = draw(st.lists(st.integers(1, top), min_size=n, max_size=n))
        return {"tasks": [[i, d] for i, d in zip(ids, durations)]}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A random order of the ids: a sort by repeated search or insertion costs O(n^2)."""
    ids = list(range(1, n + 1))
    rng.shuffle(ids)
    return {"tasks": [[i, rng.randint(1, 10**4)] for i in ids]}
