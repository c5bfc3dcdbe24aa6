# expect: wrong_answer
# grokpat: search-suggestions
# mistake: first-miss
class Solution:
    def suggested_products(self, products: List[str], search_word: str) -> List[List[str]]:
        products.sort()
        res = []
        for i in range(1, len(search_word) + 1):
            prefix = search_word[:i]
            start = bisect.bisect_left(products, prefix)
            picks = [p for p in products[start:start + 3] if p.startswith(prefix)]
            if not picks:
                break  # the remaining prefixes need an empty list each
            res.append(picks)
        return res
