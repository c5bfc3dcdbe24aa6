# expect: wrong_answer
# grokpat: flip-and-invert-image
def flip_and_invert_image(image):
    n = len(image)
    for row in image:
        for j in range((n + 1) // 2):
            row[j], row[n - 1 - j] = row[n - 1 - j], row[j]
            row[j] ^= 1
            row[n - 1 - j] ^= 1          # the middle cell of an odd row flips back
    return image
