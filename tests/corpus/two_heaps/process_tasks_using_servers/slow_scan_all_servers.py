# expect: suboptimal
# grokpat: process-tasks-using-servers
def assign_tasks(servers, tasks):
    free_at = [0] * len(servers)
    ans = []
    t = 0
    for j, d in enumerate(tasks):
        t = max(t, j)
        if min(free_at) > t:
            t = min(free_at)
        best = -1
        for i in range(len(servers)):
            if free_at[i] <= t and (best == -1 or servers[i] < servers[best]):
                best = i
        ans.append(best)
        free_at[best] = t + d
    return ans
