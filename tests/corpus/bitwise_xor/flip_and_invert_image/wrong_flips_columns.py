# expect: wrong_answer
# grokpat: flip-and-invert-image
def flip_and_invert_image(image):
    return [[x ^ 1 for x in row] for row in image[::-1]]      # reverses the rows' order instead
