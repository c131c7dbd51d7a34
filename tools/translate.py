"""Runs rpython's translator with a compiler-probe cache of its own.

    python2.7 tools/translate.py CACHE_DIR <rpython options> target.py

rpython keeps the results of its C compiler probes (type sizes, whether a header
compiles) in one directory inside the installed package, and every translation deletes
that directory when it starts. Two translations started side by side (`make -j`) then
race: one deletes the directory while the other writes into it, and the second dies
with "No such file or directory" in gcc_cache.try_atomic_write. Giving each translation
its own directory (under build/) removes the race; the untranslated unit tests keep
using the package's directory, which no translation touches any more.
"""
import os
import sys


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    from rpython.config import translationoption
    # read by gcc_cache at each probe and by translate.py's clean-up at its import
    translationoption.CACHE_DIR = os.path.realpath(argv[1])
    sys.argv = [argv[0]] + argv[2:]
    from rpython.translator.goal import translate
    translate.main()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
