"""The Unicode database used by minipy.support: rpython's newest bundled
one (Unicode 8.0.0; CPython 3.11 uses 14.0.0).  Import `db` from here,
never a version directly, so the version can change in one place.
minipy.support.unicodedelta adds, for the character predicates, the
characters assigned after 8.0 (generated from CPython); case mappings of
those characters are still missing (they map to themselves)."""

from rpython.rlib.unicodedata import unicodedb_8_0_0 as db
