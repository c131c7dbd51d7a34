"""The STM binary carries every runtime change of minipy/build/parallel_runtime.py (issue 6:
"a test checks that the built binary has them"), read off the executable with binutils:

1. no GIL: no code outside RPython's own GIL helpers calls them (bin/minipy, the GIL build,
   calls them from every blocking external function), nor the GIL builds' hand-over;
2. and 3. the exception state, the stack-check cache and the debug-traceback ring are
   thread-local (ELF TLS symbols; in bin/minipy only rpython's own thread-local block is),
   and every thread registers its exception state as a GC root (the calls, by objdump);
4. the heap is sized at start-up: minipy_size_heap, which calls Boehm's GC_expand_hp, is
   called; and Boehm's libgc is linked (6. statically, where the compiler finds libgc.a);
5. dtoa without its global caches: none of their symbols exist (bin/minipy has them).
The heap's huge pages (part of 4.) are checked by running the binaries: the kernel reports
them in /proc/self/smaps_rollup.
Each check also runs on bin/minipy where that binary must NOT pass it, so a check that
cannot fail shows up."""
import os
import re
import subprocess

import pytest

from conftest import MINIPY, MINIPY_STM
from elfinfo import callers, output, symbols, tls_symbols, tool

TLS_NAMES = ["pypy_g_ExcData", "rpy_stacktoobig", "pypydtcount", "pypy_debug_tracebacks"]
DTOA_CACHES = ["freelist", "p5s", "private_mem", "pmem_next"]


def binaries():
    if not MINIPY_STM.exists():
        pytest.fail("bin/minipy-stm is missing: run `make bin/minipy-stm` first")
    if not MINIPY.exists():
        pytest.fail("bin/minipy is missing: run `make bin/minipy` first")
    return str(MINIPY_STM), str(MINIPY)


def gil_callers(path):
    """Functions that call one of RPython's RPyGil* helpers (other than those helpers)."""
    return set(c for c in callers(path, r"RPyGil\w*") if not c.startswith("RPyGil"))


def test_no_gil():
    stm, gil = binaries()
    assert gil_callers(stm) == set()
    assert len(gil_callers(gil)) > 0
    # nor the GIL builds' hand-over in lock waits (minipy/build/gil_handover.py)
    assert callers(stm, "minipy_gil_hand_over") == set()
    assert callers(gil, "minipy_gil_hand_over") != set()


def test_exception_state_stack_check_and_traceback_ring_are_thread_local():
    stm, gil = binaries()
    assert set(TLS_NAMES) <= tls_symbols(stm)
    assert not set(TLS_NAMES) & tls_symbols(gil)


def test_thread_local_exception_state_is_a_gc_root_of_every_thread():
    """2. Boehm does not scan thread-local storage: each thread registers its exception
    state as a root, the main thread at start-up and every other at its start."""
    stm, gil = binaries()
    assert "minipy_register_thread" in callers(stm, "GC_add_roots")
    registering = callers(stm, "minipy_register_thread")
    assert "pypy_g_entry_point" in registering                         # the main thread
    assert any("bootstrap" in c for c in registering), registering     # each new thread
    assert "minipy_unregister_thread" in callers(stm, "GC_remove_roots")
    assert callers(gil, "minipy_register_thread") == set()


def static_libgc():
    """What parallel_runtime.static_boehm_archive() finds: the C compiler's libgc.a."""
    out = subprocess.run(["gcc", "-print-file-name=libgc.a"], capture_output=True, text=True).stdout.strip()
    return os.path.isabs(out) and os.path.exists(out)


def test_heap_sized_at_start_up_with_boehm():
    stm, gil = binaries()
    assert callers(stm, "minipy_size_heap")
    assert not callers(gil, "minipy_size_heap")
    assert "libgc" not in output([tool("ldd"), gil])
    if static_libgc():
        # 6. linked statically: Boehm is inside the executable, no libgc.so needed
        assert callers(stm, "GC_expand_hp")
        assert "GC_expand_hp" in symbols(stm)
        assert "libgc" not in output([tool("ldd"), stm])
    else:
        assert callers(stm, "GC_expand_hp@plt")
        assert "libgc" in output([tool("ldd"), stm])


def test_dtoa_without_global_caches():
    stm, gil = binaries()
    assert not set(DTOA_CACHES) & symbols(stm)
    assert set(DTOA_CACHES) <= symbols(gil)


HUGE_PAGE_PROGRAM = """
keep = [[i, str(i)] for i in range(200000)]
with open('/proc/self/smaps_rollup') as f:
    for line in f:
        if line.startswith('AnonHugePages:'):
            print(int(line.split()[1]))
"""


def thp_mode():
    """The kernel's transparent-huge-page mode (always, madvise, never), or None."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            text = f.read()
    except OSError:
        return None
    m = re.search(r"\[(\w+)\]", text)
    return m.group(1) if m else None


def huge_kib(binary, tmp_path, **env):
    prog = tmp_path / "huge.py"
    prog.write_text(HUGE_PAGE_PROGRAM)
    run_env = {k: v for k, v in os.environ.items() if k != "MINIPY_NO_HUGE_PAGES"}
    run_env.update(env)
    out = subprocess.run([binary, str(prog)], capture_output=True, text=True, env=run_env,
                         check=True, timeout=60).stdout
    return int(out)


def test_heap_on_huge_pages_where_the_kernel_gives_them_on_request(tmp_path):
    stm, gil = binaries()
    mode = thp_mode()
    if mode not in ("always", "madvise") or not os.path.exists("/proc/self/smaps_rollup"):
        pytest.skip("this kernel gives no transparent huge pages on request (mode %s)" % mode)
    assert huge_kib(stm, tmp_path) >= 2048
    if mode == "madvise":
        # only the advice gives them: none without it, none in the incminimark build
        assert huge_kib(stm, tmp_path, MINIPY_NO_HUGE_PAGES="1") == 0
        assert huge_kib(gil, tmp_path) == 0
