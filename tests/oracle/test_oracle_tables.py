"""minipy/parsing/tables.py is what tools/gen_tables.py makes of grammar/minipy.lark."""
import subprocess
import sys

from oracle_frontend import ROOT


def test_tables_up_to_date():
    proc = subprocess.run([sys.executable, str(ROOT / 'tools' / 'gen_tables.py'), '--check',
                           str(ROOT / 'grammar' / 'minipy.lark'),
                           str(ROOT / 'minipy' / 'parsing' / 'tables.py')],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.returncode == 0, proc.stdout.decode()
