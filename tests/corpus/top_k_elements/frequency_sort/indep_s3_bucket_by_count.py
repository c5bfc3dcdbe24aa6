# expect: accepted
# grokpat: frequency-sort
class Solution:
    def frequency_sort(self, s: str) -> str:
        counts = Counter(s)
        buckets = defaultdict(list)
        for ch, c in counts.items():
            buckets[c].append(ch)
        parts = []
        for c in range(len(s), 0, -1):
            for ch in buckets.get(c, ()):
                parts.append(ch * c)
        return "".join(parts)
