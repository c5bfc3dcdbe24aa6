# expect: suboptimal
# grokpat: search-suggestions
def suggested_products(products, search_word):
    result = []
    prefix = ""
    for ch in search_word:
        prefix += ch
        matches = sorted(p for p in products if p.startswith(prefix))
        result.append(matches[:3])
    return result
