"""Translation target: `rpython targetminipy.py` builds the minipy binary."""
import sys
from minipy.main import entry_point


def handle_config(config, translateconfig):
    # threads (the _thread module, GIL mode) need --thread; set it before annotation
    config.translation.thread = True


def target(driver, args):
    driver.exe_name = 'minipy'
    driver.config.translation.thread = True     # _thread: rthread threads and the GIL
    from minipy.build import gil_handover
    gil_handover.install()                      # lock waits wake a thread waiting for the GIL
    from minipy.build import shadow_stack
    shadow_stack.install()                      # GC roots of deep recursions
    from minipy.build import young_large_objects
    young_large_objects.filter_young_large_objects()  # minor GCs skip most dict lookups
    from minipy import jitoptions
    jitoptions.HAVE_JIT = bool(driver.config.translation.jit)   # what --jit help says
    if jitoptions.HAVE_JIT:
        from minipy.build import jit_workarounds
        jit_workarounds.apply_all()
    else:
        from minipy.interpreter import eval as evalloop
        evalloop.inline_fused_halves()
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
