# expect: wrong_answer
# grokpat: maximum-cpu-load
# mistake: compares-previous-only
def max_cpu_load(jobs):
    jobs = sorted(jobs)
    best = max(w for _, _, w in jobs)
    for a, b in zip(jobs, jobs[1:]):
        if b[0] < a[1]:  # only neighbours in start order are added up
            best = max(best, a[2] + b[2])
    return best
