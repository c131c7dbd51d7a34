"""Shared fixtures of the end-to-end tests: where the binaries and the oracle are."""
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINIPY = ROOT / "bin" / "minipy"
MINIPY_STM = ROOT / "bin" / "minipy-stm"
CPYTHON = os.environ.get("MINIPY_CPYTHON") or shutil.which("python3")


@pytest.fixture(scope="session")
def minipy_bin():
    if not MINIPY.exists():
        pytest.fail("bin/minipy is missing: run `make bin/minipy` first")
    return str(MINIPY)


@pytest.fixture(scope="session")
def stm_bin():
    if not MINIPY_STM.exists():
        pytest.fail("bin/minipy-stm is missing: run `make bin/minipy-stm` first")
    return str(MINIPY_STM)
