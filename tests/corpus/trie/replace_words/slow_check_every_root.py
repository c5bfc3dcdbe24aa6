# expect: suboptimal
# grokpat: replace-words
def replace_words(dictionary, sentence):
    roots = sorted(set(dictionary), key=len)
    result = []
    for word in sentence.split():
        for root in roots:  # every root, for every word
            if word.startswith(root):
                result.append(root)
                break
        else:
            result.append(word)
    return " ".join(result)
