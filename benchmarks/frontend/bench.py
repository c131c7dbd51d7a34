"""Front-end benchmark (Python 3): builds a 10,000-line file from the corpus and times
  * the translated front end (tools/targetfrontend.py built with -O2; parse only),
  * lark's LALR parser on grammar/minipy.lark (CPython),
  * CPython's compile() of the same file.
    python benchmarks/frontend/bench.py BINARY [--lines 10000] [--repeat 5]
Prints a markdown table (best of N runs, CPU seconds)."""
import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / 'tests' / 'oracle'))


def make_source(lines):
    files = sorted((ROOT / 'tests' / 'syntax').glob('*.py'))
    files += sorted((ROOT / 'tests' / 'programs').rglob('*.py'))
    chunks = []
    n = 0
    i = 0
    while n < lines:
        text = files[i % len(files)].read_text(encoding='utf-8')
        if not text.endswith('\n'):
            text += '\n'
        try:
            compile(text, 'x', 'exec')
        except SyntaxError:
            i += 1
            continue
        chunks.append(text)
        n += text.count('\n')
        i += 1
    return ''.join(chunks)


def cpu_now():
    """CPU seconds of this process and its finished children (the machine is shared, so
    wall-clock times are noisy; CPU time is what the front ends cost)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = cpu_now()
        fn()
        times.append(cpu_now() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('--lines', type=int, default=10000)
    ap.add_argument('--repeat', type=int, default=5)
    a = ap.parse_args()
    src = make_source(a.lines)
    path = ROOT / 'benchmarks' / 'results' / 'tmp'
    path.mkdir(parents=True, exist_ok=True)
    f = path / 'frontend_10k.py'
    f.write_text(src, encoding='utf-8')
    nlines = src.count('\n')
    # the binary parses N times in one process; subtract a 1-parse run's start-up
    def run(n):
        subprocess.run([a.binary, '--quiet', '-n', str(n), str(f)], check=True)
    t1 = best(lambda: run(1), a.repeat)
    t11 = best(lambda: run(11), a.repeat)
    minipy = (t11 - t1) / 10
    import oracle_lark
    p = oracle_lark.parser()
    lark_t = best(lambda: p.parse(src, start='file_input'), max(1, a.repeat // 2))
    cpy = best(lambda: compile(src, str(f), 'exec'), a.repeat)
    import ast
    cpy_ast = best(lambda: ast.parse(src), a.repeat)
    print('| front end (%d lines, %d bytes) | CPU seconds | vs minipy |' % (nlines, len(src.encode())))
    print('|---|---|---|')
    print('| minipy translated (-O2), parse to AST | %.4f | 1.0x |' % minipy)
    print('| lark LALR on CPython %s, parse tree | %.4f | %.1fx slower |'
          % (sys.version.split()[0], lark_t, lark_t / minipy))
    print('| CPython compile() (parse + bytecode) | %.4f | %.2fx |' % (cpy, cpy / minipy))
    print('| CPython ast.parse() (parse to AST objects) | %.4f | %.2fx |'
          % (cpy_ast, cpy_ast / minipy))
    print('| minipy binary start-up + 1 parse | %.4f | |' % t1)


if __name__ == '__main__':
    main()
