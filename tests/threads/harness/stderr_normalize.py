"""Normalise the stderr of a threaded program so that implementations can be compared.

Tracebacks printed for exceptions in threads contain frames of threading.py itself, whose
path, line numbers and source text differ between CPython and minipy; and the script's own
path depends on how it was started.  normalize_stderr(text, script) drops every frame whose
file is a threading.py (the `File ...` line and the indented source/caret lines under it)
and writes the script's frames with its base name.  Lines made only of `~` and `^` (the
position markers under a source line that CPython 3.11 prints) are dropped as well.
Everything else is kept as it is.

As a script: `python3 stderr_normalize.py SCRIPT < stderr.txt` prints the normalised text.
"""
import os
import sys


def normalize_stderr(text, script):
    base = os.path.basename(script)
    out = []
    skipping = False
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("  File "):
            path = stripped[len('File "'):].split('"', 1)[0]
            skipping = (os.path.basename(path) == "threading.py" or
                        path == "<frozen threading>")
            if skipping:
                continue
            if os.path.basename(path) == base:
                line = line.replace('"%s"' % path, '"%s"' % base, 1)
            out.append(line)
            continue
        if skipping and line.startswith("    "):
            continue
        if stripped and not stripped.strip("~^"):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out) + ("\n" if out else "")


if __name__ == "__main__":
    sys.stdout.write(normalize_stderr(sys.stdin.read(), sys.argv[1]))
