"""Every RPython runtime change the STM build needs so that threads really run in parallel.

Adapted from the project's probe (../shared/probes/gilfree/, where each change was
measured). Call apply() from the translation target before annotation, and translate
with --gc=boehm --thread. Each change was seen to fail without it and work with it:

1. no GIL: rthread.start_new_thread allocates RPython's GIL, and every `releasegil`
   external, the thread-start wrapper and the entry point call rgil by name when they
   are flowed; turning those names into no-ops removes the GIL everywhere.
2. thread-local exception state: RPython keeps the current exception in one global
   struct (pypy_g_ExcData) tested after every call; shared, threads steal each other's
   exceptions. Declared `__thread`, and registered with Boehm as a root per thread
   (Boehm does not scan thread-local storage): register_thread()/unregister_thread().
3. thread-local stack-check cache (rpy_stacktoobig) and debug-traceback ring
   (pypydtcount, pypy_debug_tracebacks): patched copies of their headers and .c files.
4. heap sizing: Boehm's default heap is tiny and every collection stops all threads;
   size_heap(bytes) at start-up (Boehm's GC_INITIAL_HEAP_SIZE, when set, replaces it).
   The heap is then backed by transparent huge pages where the kernel gives them on
   request: touching a fresh heap 4 KiB at a time (page faults) was about a fifth of a
   short run's profile (bank.py); 2 MiB pages made the threaded benchmarks 1.00x-1.36x
   faster on one thread. MINIPY_NO_HUGE_PAGES=1 in the environment turns this off, for comparisons.
5. thread-safe dtoa: rpython's translator/c/src/dtoa.c (float repr/parse) keeps global
   caches (the Bigint freelist, the p5s list of powers of 5, the private_mem pool) that two
   threads corrupt without a GIL; compiled with Py_USING_MEMORY_DEBUGGER defined, it uses
   plain malloc/free and no caches. rdtoa's one ExternalCompilationInfo gets the define
   before annotation (its llexternals hold that same object).
6. Boehm linked statically when the C compiler finds libgc.a (libgc-dev has it): the
   binary then runs where libgc is not installed, and Boehm's thread-local allocation
   reaches its __thread free lists directly instead of through __tls_get_addr, as it must
   from a shared library. Without libgc.a, rpython's usual -lgc.
"""
import os
import subprocess

import py
from rpython.rlib import rgil
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo


def _noop():
    pass
_noop._gctransformer_hint_cannot_collect_ = True
_noop._dont_reach_me_in_del_ = True


def _remove_gil():
    rgil.allocate = _noop
    rgil.acquire = _noop
    rgil.release = _noop
    rgil.yield_thread = _noop


def _thread_local_exception_state():
    from rpython.translator import exceptiontransform as et
    from rpython.flowspace.model import Constant

    def setup_excdata(self):
        EXCDATA = lltype.Struct('ExcData',
                                ('exc_type', self.lltype_of_exception_type),
                                ('exc_value', self.lltype_of_exception_value),
                                hints={'thread_local': True})
        self.EXCDATA = EXCDATA
        exc_data = lltype.malloc(EXCDATA, immortal=True)
        null_type = lltype.nullptr(self.lltype_of_exception_type.TO)
        null_value = lltype.nullptr(self.lltype_of_exception_value.TO)
        self.exc_data_ptr = exc_data
        self.cexcdata = Constant(exc_data, lltype.Ptr(self.EXCDATA))
        self.c_null_etype = Constant(null_type, self.lltype_of_exception_type)
        self.c_null_evalue = Constant(null_value, self.lltype_of_exception_value)
        return exc_data, null_type, null_value
    et.ExceptionTransformer.setup_excdata = setup_excdata


_roots_eci = ExternalCompilationInfo(
    includes=['gc/gc.h'],
    separate_module_sources=['''
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
struct minipy_excdata { void *t; void *v; };
extern __thread struct minipy_excdata pypy_g_ExcData;
void minipy_register_thread(void) {
    GC_add_roots((char *)&pypy_g_ExcData, (char *)(&pypy_g_ExcData + 1));
}
void minipy_unregister_thread(void) {
    GC_remove_roots((char *)&pypy_g_ExcData, (char *)(&pypy_g_ExcData + 1));
}
/* Back the mapping that holds Boehm's heap with transparent huge pages, where the
   kernel gives them on request (THP mode "madvise", the usual default). A fresh heap
   is touched page by page as the program allocates: with 4 KiB pages that is one
   page fault per 4 KiB, about a fifth of a short run's profile. */
static void minipy_advise_huge_pages(void *inside) {
#ifdef MADV_HUGEPAGE
    FILE *maps = fopen("/proc/self/maps", "r");
    char line[512];
    unsigned long start, end, p = (unsigned long)inside;
    if (maps == NULL)
        return;
    while (fgets(line, sizeof line, maps) != NULL) {
        if (sscanf(line, "%lx-%lx", &start, &end) == 2 && start <= p && p < end) {
            madvise((void *)start, end - start, MADV_HUGEPAGE);
            break;
        }
    }
    fclose(maps);
#endif
}

void minipy_size_heap(long bytes) {
    if (getenv("GC_INITIAL_HEAP_SIZE") == NULL)
        GC_expand_hp((size_t)bytes);
    if (getenv("MINIPY_NO_HUGE_PAGES") == NULL)
        minipy_advise_huge_pages(GC_malloc_atomic(16));
}
'''],
    post_include_bits=['void minipy_register_thread(void);',
                       'void minipy_unregister_thread(void);',
                       'void minipy_size_heap(long);'])

# Called by every thread (the main one included) at its start and end, and once at start-up.
register_thread = rffi.llexternal('minipy_register_thread', [], lltype.Void,
                                  compilation_info=_roots_eci, _nowrapper=True)
unregister_thread = rffi.llexternal('minipy_unregister_thread', [], lltype.Void,
                                    compilation_info=_roots_eci, _nowrapper=True)
size_heap = rffi.llexternal('minipy_size_heap', [lltype.Signed], lltype.Void,
                            compilation_info=_roots_eci, _nowrapper=True)


# (file, text in rpython 0.2.1, replacement)
TLS_PATCHES = {
    'stack.h': [('RPY_EXTERN rpy_stacktoobig_t rpy_stacktoobig;',
                 'RPY_EXTERN __thread rpy_stacktoobig_t rpy_stacktoobig;')],
    'stack.c': [('rpy_stacktoobig_t rpy_stacktoobig = {',
                 '__thread rpy_stacktoobig_t rpy_stacktoobig = {')],
    'debug_traceback.h': [('RPY_EXTERN int pypydtcount;', 'RPY_EXTERN __thread int pypydtcount;'),
                          ('RPY_EXTERN struct pypydtentry_s pypy_debug_tracebacks',
                           'RPY_EXTERN __thread struct pypydtentry_s pypy_debug_tracebacks')],
    'debug_traceback.c': [('\nint pypydtcount = 0;', '\n__thread int pypydtcount = 0;'),
                          ('\nstruct pypydtentry_s pypy_debug_tracebacks',
                           '\n__thread struct pypydtentry_s pypy_debug_tracebacks')],
}


def patched(text, name):
    """`text` of rpython's translator/c/src/<name> with its globals made __thread."""
    for old, new in TLS_PATCHES[name]:
        assert old in text, "rpython changed: %r not in %s" % (old, name)
        text = text.replace(old, new)
    return text


def rpython_c_src():
    from rpython.translator.c import genc
    return py.path.local(genc.__file__).dirpath().join('src')


def _thread_local_runtime_globals():
    from rpython.translator.c import genc
    from rpython.tool.udir import udir
    srcdir = rpython_c_src()
    incdir = udir.join('minipy_tls_include')
    incdir.join('src').ensure(dir=True)
    for name in ('stack.h', 'debug_traceback.h'):
        incdir.join('src', name).write(patched(srcdir.join(name).read(), name))

    orig_get_eci = genc.CBuilder.get_eci
    def get_eci(self):
        return ExternalCompilationInfo(include_dirs=[incdir]).merge(orig_get_eci(self))
    genc.CBuilder.get_eci = get_eci

    orig_copy = genc.CBuilder.eventually_copy
    def eventually_copy(self, cfiles):
        files = orig_copy(self, cfiles)
        for fn in files:
            if fn.basename in ('stack.c', 'debug_traceback.c') and fn.dirpath() != srcdir:
                fn.write(patched(fn.read(), fn.basename))
        return files
    genc.CBuilder.eventually_copy = eventually_copy


DTOA_DEFINE = '#define Py_USING_MEMORY_DEBUGGER'


def thread_safe_dtoa_sources(sources):
    """rdtoa's separate_module_sources with DTOA_DEFINE put before dtoa.c is included."""
    result = []
    for text in sources:
        if 'src/dtoa.c' in text and DTOA_DEFINE not in text:
            text = DTOA_DEFINE + '\n' + text
        result.append(text)
    return tuple(result)


def _thread_safe_dtoa():
    from rpython.rlib import rdtoa
    eci = rdtoa.eci
    eci.separate_module_sources = thread_safe_dtoa_sources(eci.separate_module_sources)


def static_boehm_archive():
    """The path of Boehm's static library if the C compiler finds one, else None."""
    try:
        out = subprocess.check_output(['gcc', '-print-file-name=libgc.a']).strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    if os.path.isabs(out) and os.path.exists(out):
        return out
    return None


def _static_boehm():
    from rpython.rtyper.tool import rffi_platform
    archive = static_boehm_archive()
    if archive is None:
        return
    orig_configure_boehm = rffi_platform.configure_boehm
    def configure_boehm(platform=None):
        eci = orig_configure_boehm(platform)
        d = eci._copy_attributes()
        d['libraries'] = [lib for lib in d['libraries'] if lib != 'gc']
        d['link_files'] = list(d['link_files']) + [archive]
        return ExternalCompilationInfo(**d)
    rffi_platform.configure_boehm = configure_boehm


_applied = []


def apply():
    """Install every change; idempotent."""
    if _applied:
        return
    _applied.append(True)
    _remove_gil()
    _thread_local_exception_state()
    _thread_local_runtime_globals()
    _thread_safe_dtoa()
    _static_boehm()
