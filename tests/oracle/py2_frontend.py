"""Python 2.7 side of the parser oracles: reads a JSON list of jobs on stdin
({"src": text, "mode": "exec", "want": ["tree", "dump"]}) and writes a JSON list of
results: {"tree": lalr parse tree text, "dump": astdump text, "positions": astdump
text with positions} or {"error": [kind, msg,
lineno, offset, end_lineno, end_offset]}. Runs the untranslated minipy front end."""
import json
import sys

from minipy.compiler.errors import CompileError
from minipy.parsing import parse, normalize_newlines, tables
from minipy.parsing.lalr import Parser
from minipy.parsing.treedump import dump_tree
from minipy.compiler.astdump import dump

STARTS = {'exec': tables.START_EXEC, 'eval': tables.START_EVAL,
          'single': tables.START_SINGLE}


def run(job):
    src = job['src'].encode('utf-8')
    mode = job.get('mode', 'exec')
    out = {}
    try:
        if 'tree' in job['want']:
            s = normalize_newlines(src)
            out['tree'] = dump_tree(Parser(s, 'f.py').parse(STARTS[mode]), s).decode('utf-8')
        if 'dump' in job['want']:
            out['dump'] = dump(parse(src, 'f.py', mode)).decode('utf-8')
        if 'positions' in job['want']:
            out['positions'] = dump(parse(src, 'f.py', mode), True).decode('utf-8')
    except CompileError as e:
        out['error'] = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    return out


def main():
    jobs = json.loads(sys.stdin.read())
    json.dump([run(j) for j in jobs], sys.stdout)


if __name__ == '__main__':
    main()
