"""How deep C recursion may go: the C stack of every thread, and the length of RPython's
stack check for a given recursion limit.

Every Python-level call recurses in C here (the portal, or the interpreter loop, calls
itself through the call opcodes), about 450-550 bytes of stack a level in the
interpreter. RPython's stack check raises StackOverflow, turned into RecursionError,
when a thread has used more than its length of stack. That length starts at
MAX_STACK_SIZE, 768 KB on x86-64 (translator/c/src/stack.h), enough for about 1,500
levels; sys.setrecursionlimit(n) widens it to n * BYTES_PER_LEVEL, so that CPython's
programs that raise the limit for a deep recursion (a depth-first search of 100,000
nodes under setrecursionlimit(10**6)) run as they do there, where a Python call takes no
C stack at all.

The check must stay within the real stack, or a deep recursion is a segmentation fault
instead of a RecursionError:
* threads we start get STACK_BYTES of stack (address space: pages are only used when
  touched);
* the main thread's stack grows on demand up to the soft RLIMIT_STACK (8 MB by default).
  At start-up prepare_main_thread() raises that soft limit towards STACK_BYTES, as far
  as the hard limit and the free address space below the stack allow (read from
  /proc/self/maps: the kernel places other mappings 128 MB or more below it, and a stack
  cannot grow into them).
The check's largest length is the smaller of the two, less MARGIN for what runs below
the last check (C library calls, a signal handler) and above the first (the start-up
frames, the environment).
"""
from rpython.rlib import rstack
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import rffi, lltype
from rpython.translator.tool.cbuild import ExternalCompilationInfo

STACK_BYTES = 256 * 1024 * 1024
MARGIN = 4 * 1024 * 1024
BYTES_PER_LEVEL = 1536       # the interpreter's ~500, with room for the JIT's resume paths

_eci = ExternalCompilationInfo(
    includes=['sys/resource.h', 'stdio.h', 'string.h'],
    post_include_bits=['long minipy_grow_main_stack(long);'],
    separate_module_sources=['''
#include <sys/resource.h>
#include <stdio.h>
#include <string.h>

/* Raises the soft RLIMIT_STACK towards `want` bytes and returns how many bytes the main
   thread's stack may now reach, counted from its top: the smaller of the limit and the
   room down to the next mapping (less the kernel's guard gap).  -1 if unknown. */
long minipy_grow_main_stack(long want)
{
    struct rlimit rl;
    unsigned long lo, hi, prev_end = 0, room = 0;
    char line[256];
    int line_start = 1, found = 0;
    FILE *f;

    if (getrlimit(RLIMIT_STACK, &rl) != 0)
        return -1;
    f = fopen("/proc/self/maps", "r");
    if (f != NULL) {
        while (fgets(line, sizeof(line), f) != NULL) {
            int starts = line_start;      /* a long line comes in several pieces */
            line_start = strchr(line, '\\n') != NULL;
            if (!starts || sscanf(line, "%lx-%lx", &lo, &hi) != 2)
                continue;
            if (strstr(line, "[stack]") != NULL) {
                found = 1;
                break;
            }
            prev_end = hi;
        }
        fclose(f);
    }
    if (!found)
        return rl.rlim_cur == RLIM_INFINITY ? -1 : (long)rl.rlim_cur;
    room = hi - prev_end;
    if (room <= (1UL << 20))
        return -1;
    room -= 1UL << 20;                    /* stack_guard_gap: 256 pages by default */
    if (room > (unsigned long)want)
        room = want;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < room) {
        struct rlimit raised = rl;
        raised.rlim_cur = room;
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < room)
            raised.rlim_cur = rl.rlim_max;
        if (setrlimit(RLIMIT_STACK, &raised) == 0)
            rl.rlim_cur = raised.rlim_cur;
        if (rl.rlim_cur < room)
            room = rl.rlim_cur;
    }
    return (long)room;
}
'''])
c_grow_main_stack = rffi.llexternal('minipy_grow_main_stack', [lltype.Signed],
                                    lltype.Signed, compilation_info=_eci,
                                    sandboxsafe=True, _nowrapper=True)


class StackRoom(object):
    def __init__(self):
        self.base = 0       # the check's length as RPython starts it (MAX_STACK_SIZE)
        self.most = 0       # the longest the check may be


room = StackRoom()


def prepare_main_thread():
    """At start-up, in the main thread: make its stack as deep as threads' and set the
    check's bounds."""
    if not we_are_translated():
        return
    room.base = rstack._stack_get_length()
    main = c_grow_main_stack(STACK_BYTES)
    most = STACK_BYTES
    if main >= 0 and main < most:
        most = main
    most -= MARGIN
    if most < room.base:
        most = room.base
    room.most = most


def allow_stack_for(limit):
    """Sets the stack check of the calling thread (of every thread in the GIL build, where
    the check is shared) for a recursion limit."""
    if not we_are_translated() or room.base <= 0:
        return
    length = float(limit) * BYTES_PER_LEVEL
    if length < room.base:
        length = float(room.base)
    if length > room.most:
        length = float(room.most)
    rstack._stack_set_length_fraction(length / room.base)
