"""Oracle 1: lark's own LALR parser on grammar/minipy.lark gives the same parse tree as
minipy's RPython lexer + driver, for every corpus program."""
import pytest

from oracle_frontend import corpus_files, run_minipy, ROOT
from oracle_lark import lark_tree

FILES = corpus_files()
TEXTS = dict((f, f.read_text(encoding='utf-8')) for f in FILES)


@pytest.fixture(scope='module')
def minipy_trees():
    jobs = [{'src': TEXTS[f], 'want': ['tree']} for f in FILES]
    return dict(zip(FILES, run_minipy(jobs)))


@pytest.mark.parametrize('path', FILES, ids=[str(f.relative_to(ROOT)) for f in FILES])
def test_same_tree_as_lark(path, minipy_trees):
    got = minipy_trees[path]
    assert 'error' not in got, got.get('error')
    assert got['tree'] == lark_tree(TEXTS[path])


def test_corpus_is_there():
    assert len([f for f in FILES if 'syntax' in f.parts]) >= 60
