#!/usr/bin/env bash
# Prints the path of a working Python 2.7 (RPython's host language), or fails with one line.
for c in python2.7 python2; do
  p=$(command -v $c 2>/dev/null) && "$p" -c 'import sys; assert sys.version_info[:2] == (2, 7)' 2>/dev/null && { echo "$p"; exit 0; }
done
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for p in "$root"/versions/2.7*/bin/python2.7 /usr/local/bin/python2.7 /usr/bin/python2.7; do
  [ -x "$p" ] && "$p" -c 'import sys; assert sys.version_info[:2] == (2, 7)' 2>/dev/null && { echo "$p"; exit 0; }
done
echo "minipy needs Python 2.7 to run RPython: install it (e.g. 'pyenv install 2.7.18') and put python2.7 on PATH" >&2
exit 1
