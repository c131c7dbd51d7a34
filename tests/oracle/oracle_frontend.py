"""Helpers of the parser oracles: run the untranslated minipy front end under Python 2.7
(one subprocess for a whole batch of sources) and list the corpus programs."""
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY2 = os.environ.get('MINIPY_PY2') or '/root/.pyenv/versions/2.7.18/bin/python2.7'


def run_minipy(jobs):
    env = dict(os.environ, PYTHONPATH='%s:%s' % (ROOT, ROOT / '.venv' / 'py2'))
    proc = subprocess.run([PY2, str(ROOT / 'tests' / 'oracle' / 'py2_frontend.py')],
                          input=json.dumps(jobs).encode(), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return json.loads(proc.stdout)


def corpus_files():
    files = sorted((ROOT / 'tests' / 'syntax').glob('*.py'))
    files += sorted((ROOT / 'tests' / 'programs').rglob('*.py'))
    return files
