# Submodule of pkg_text.


def split_words(text):
    return [w.strip(".,!?").lower() for w in text.split() if w.strip(".,!?")]
