"""Run every corpus program with bin/minipy and with CPython; the results must agree.

Programs listed in tests/programs/KNOWN_FAILING are expected to differ (strictly: one
that starts passing must be taken off the list)."""
import pytest

from conftest import CPYTHON
import corpus

NAMES = corpus.entry_points()
FAILING = corpus.known_failing()


def test_known_failing_names_exist():
    missing = sorted(FAILING - set(NAMES))
    assert not missing, "KNOWN_FAILING lists programs that do not exist: %s" % missing


@pytest.mark.parametrize("name", NAMES)
def test_program(name, minipy_bin):
    expected = corpus.comparable(name, corpus.run_cached([CPYTHON], name))
    got = corpus.comparable(name, corpus.run([minipy_bin], name))
    if name in FAILING:
        if got == expected:
            pytest.fail("%s passes now: remove it from tests/programs/KNOWN_FAILING" % name)
        pytest.xfail("listed in KNOWN_FAILING")
    assert got[1].decode("utf-8", "replace") == expected[1].decode("utf-8", "replace"), "stdout differs"
    assert got[2] == expected[2], "stderr differs"
    assert got[0] == expected[0], "exit code differs"
