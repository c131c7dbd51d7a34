"""textwrap: wrapping and filling paragraphs (TextWrapper, wrap, fill, shorten) and
removing or adding indentation (dedent, indent), as CPython 3.11's: the same chunks
(words, whitespace, hyphenated parts, em-dashes) and the same line breaks. Written for
minipy without regular expressions: the chunking scans the text by hand, following
CPython's word-separating pattern."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# the whitespace TextWrapper knows (not the other Unicode spaces, as in CPython)
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _at(text, i):
    """text[i], or '' outside the text."""
    if 0 <= i < len(text):
        return text[i]
    return ""


def _dash_run(text, i):
    """Length of the run of '-' at text[i:]."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i


def _emdash_then_word(text, i):
    """Does text[i:] start with two or more '-' followed by a word character?"""
    k = _dash_run(text, i)
    return k >= 2 and _is_word(_at(text, i + k))


def _letter(text, i):
    c = _at(text, i)
    return c != "" and _is_letter(c)


def _word_end(text, i):
    """End of the non-whitespace chunk starting at i: the shortest run that is followed
    by a breakable hyphen (kept in the chunk), whitespace or the end, or an em-dash."""
    n = len(text)
    j = i + 1
    while True:
        if j >= n or _is_ws(text[j]):
            return j
        if text[j] == "-":
            # a hyphen between letters: "a-b" breaks after the hyphen when two letters
            # (or letter-hyphen-letter) come before it and a letter (maybe after one
            # more hyphen) and a letter come after it
            before = ((_letter(text, j - 2) and _letter(text, j - 1)) or
                      (_letter(text, j - 3) and _at(text, j - 2) == "-" and
                       _letter(text, j - 1)))
            after = _letter(text, j + 1) and (
                _letter(text, j + 2) or (_at(text, j + 2) == "-" and _letter(text, j + 3)))
            if before and after:
                return j + 1
            if _is_word_punct(text[j - 1]) and _emdash_then_word(text, j):
                return j
        j += 1


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
        elif c == "-" and i > 0 and _is_word_punct(text[i - 1]) and \
                _emdash_then_word(text, i):
            j = i + _dash_run(text, i)
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    """Does the chunk end a sentence: a lowercase letter, '.', '!' or '?', maybe a quote?"""
    if chunk.endswith('"') or chunk.endswith("'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Wraps paragraphs to lines of at most width characters.

    width, initial_indent (first line), subsequent_indent (the others), expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder, as CPython's."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()          # popped from the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # whitespace at the start of a line (but the first) goes
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # the last line allowed: as much as fits with the placeholder after it
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """textwrap.wrap: the lines of text wrapped to width (keywords: TextWrapper's)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """textwrap.fill: text wrapped to width, lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Whitespace collapsed, then cut to fit width with a placeholder (' [...]')."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace (spaces and tabs) that every non-blank line starts with;
    lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[i] = ""
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for k in range(min(len(margin), len(indent))):
                if margin[k] != indent[k]:
                    margin = margin[:k]
                    break
    if margin:
        for i, line in enumerate(lines):
            if line.startswith(margin):
                lines[i] = line[len(margin):]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """prefix added to the lines of text for which predicate(line) is true (by default
    the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
