# Nested subpackage of pkg_text.
from ..words import split_words


def count_words(text):
    counts = {}
    for w in split_words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts
