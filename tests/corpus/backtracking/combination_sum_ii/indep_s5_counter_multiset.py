# expect: accepted
# grokpat: combination-sum-ii


def combination_sum2(candidates: list[int], target: int) -> list[list[int]]:
    counts = sorted(Counter(candidates).items())
    result = []
    chosen = []

    def go(idx, rem):
        if rem == 0:
            result.append(chosen[:])
            return
        if idx == len(counts) or counts[idx][0] > rem:
            return
        val, cnt = counts[idx]
        # take k copies of val, k from max down to 0
        k_max = min(cnt, rem // val)
        for k in range(k_max, -1, -1):
            chosen.extend([val] * k)
            go(idx + 1, rem - k * val)
            del chosen[len(chosen) - k:]

    go(0, target)
    return result
