"""The support library is RPython: annotate and rtype target_support."""

from rpython.translator.interactive import Translation
from .target_support import entry_point


def test_annotate_and_rtype():
    t = Translation(entry_point, [[str]])
    t.annotate()
    t.rtype()
