"""What a translated binary contains, read with binutils: its symbols, its thread-local
symbols, and which of its functions call which (objdump). Tests that check how a build was
made (test_stm_build.py, test_threads.py) use these; a test skips where binutils is missing."""
import functools
import re
import shutil
import subprocess

import pytest


def tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.skip("%s (binutils) is not installed" % name)
    return path


def output(argv):
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=300).stdout


def tls_symbols(path):
    names = set()
    for line in output([tool("readelf"), "-sW", path]).splitlines():
        f = line.split()
        if len(f) >= 8 and f[3] == "TLS":
            names.add(f[7])
    return names


def symbols(path):
    return set(line.split()[-1] for line in output([tool("nm"), path]).splitlines() if line.strip())


@functools.lru_cache(maxsize=None)
def disassembly(path):
    return output([tool("objdump"), "-d", "--no-show-raw-insn", path]).splitlines()


def callers(path, callee_pattern):
    """The functions whose code calls, or tail-jumps to, a function whose name matches
    `callee_pattern` (a regular expression)."""
    found = set()
    current = None
    for line in disassembly(path):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:$", line)
        if m:
            current = m.group(1)
        elif re.search(r"(?:call|jmp)\s+[0-9a-f]+ <(?:%s)(?:@plt)?>" % callee_pattern, line):
            found.add(current)
    return found
