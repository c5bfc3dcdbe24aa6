# expect: wrong_answer
# grokpat: search-suggestions
def suggested_products(products, search_word):
    result = []
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        result.append([p for p in products if p.startswith(prefix)][:3])  # never sorted
    return result
