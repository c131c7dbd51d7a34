"""The STM build's runtime patches still match the rpython sources they rewrite, and
apply() makes dtoa thread-safe."""
import os
import subprocess
import sys
import tempfile

import pytest

from minipy.build import parallel_runtime


def test_every_patch_applies_to_rpython_sources():
    src = parallel_runtime.rpython_c_src()
    for name in parallel_runtime.TLS_PATCHES:
        text = parallel_runtime.patched(src.join(name).read(), name)
        for old, new in parallel_runtime.TLS_PATCHES[name]:
            assert new in text and old not in text.replace(new, "")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def _env():
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT, os.path.join(ROOT, '.venv', 'py2')])
    return env


def run_after_apply(code):
    """Run `code` in a child after parallel_runtime.apply(): apply() patches rpython
    process-wide, so not in this test process. `code` prints a line ending in 'ok'."""
    out = subprocess.check_output([sys.executable, '-c', code], env=_env(),
                                  stderr=subprocess.STDOUT)
    assert out.decode().strip().endswith('ok')


def test_apply_makes_dtoa_thread_safe():
    run_after_apply("from minipy.build import parallel_runtime as p; p.apply(); p.apply()\n"
                    "from rpython.rlib import rdtoa\n"
                    "src = [s for s in rdtoa.eci.separate_module_sources if 'src/dtoa.c' in s]\n"
                    "assert len(src) == 1 and src[0].count(p.DTOA_DEFINE) == 1, src\n"
                    "assert src[0].index(p.DTOA_DEFINE) < src[0].index('src/dtoa.c')\n"
                    "print('ok')\n")


def test_dtoa_compiled_that_way_has_no_global_caches():
    from rpython.rlib import rdtoa
    gcc = '/usr/bin/gcc'
    if not os.path.exists(gcc):
        pytest.skip('no gcc')
    d = tempfile.mkdtemp()
    syms = {}
    for name, sources in (('patched', parallel_runtime.thread_safe_dtoa_sources(
            rdtoa.eci.separate_module_sources)), ('plain', rdtoa.eci.separate_module_sources)):
        c = os.path.join(d, name + '.c')
        with open(c, 'w') as f:
            f.write([s for s in sources if 'src/dtoa.c' in s][0])
        o = os.path.join(d, name + '.o')
        subprocess.check_call([gcc, '-c', '-O0', '-I', str(rdtoa.eci.include_dirs[0]), '-o', o, c])
        syms[name] = subprocess.check_output(['nm', o]).decode()
    assert ' p5s' in syms['plain'] and ' freelist' in syms['plain']     # the check can fail
    assert ' p5s' not in syms['patched'] and ' freelist' not in syms['patched']


def test_apply_links_boehm_statically_when_libgc_a_exists():
    if not os.path.exists('/usr/include/gc/gc.h'):
        pytest.skip('Boehm GC headers (libgc-dev) missing')   # configure_boehm needs them
    run_after_apply("from minipy.build import parallel_runtime as p; p.apply()\n"
                    "from rpython.rtyper.tool.rffi_platform import configure_boehm\n"
                    "eci = configure_boehm()\n"
                    "archive = p.static_boehm_archive()\n"
                    "if archive is None:\n"
                    "    assert 'gc' in eci.libraries, eci\n"
                    "    print('dynamic ok')\n"
                    "else:\n"
                    "    assert archive.endswith('/libgc.a')\n"
                    "    assert 'gc' not in eci.libraries and archive in eci.link_files, eci\n"
                    "    print('static ok')\n")
