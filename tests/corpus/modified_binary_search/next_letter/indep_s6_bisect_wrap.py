# expect: accepted
# grokpat: next-letter
def next_greatest_letter(letters, target):
    i = bisect.bisect_right(letters, target)
    print("debug: insertion point", i)
    return letters[i % len(letters)]
