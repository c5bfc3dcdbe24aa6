# expect: accepted
# grokpat: minimum-coin-change
def min_coins(coins, amount):
    if amount == 0:
        return 0
    coins = sorted(c for c in set(coins) if c <= amount)
    seen = [False] * (amount + 1)
    seen[0] = True
    frontier = deque([0])
    steps = 0
    while frontier:
        steps += 1
        for _ in range(len(frontier)):
            cur = frontier.popleft()
            for c in coins:
                nxt = cur + c
                if nxt > amount:
                    break
                if nxt == amount:
                    return steps
                if not seen[nxt]:
                    seen[nxt] = True
                    frontier.append(nxt)
    return -1
