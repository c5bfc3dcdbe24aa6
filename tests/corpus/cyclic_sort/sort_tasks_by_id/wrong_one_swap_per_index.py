# expect: wrong_answer
# grokpat: sort-tasks-by-id
# mistake: increments-after-swap
class Solution:
    def sort_tasks(self, tasks: List[List[int]]) -> None:
        for i in range(len(tasks)):
            home = tasks[i][0] - 1
            if home != i:
                tasks[i], tasks[home] = tasks[home], tasks[i]  # the task swapped in is not checked
