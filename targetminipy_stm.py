"""Translation target of the STM build: `rpython --gc=boehm --thread targetminipy_stm.py`
builds bin/minipy-stm (no JIT: see ../shared/DESIGN.md). The barriers must be enabled and the
parallel runtime's changes installed BEFORE the interpreter is imported, so that the objects
built at import time (builtin types, the builtins dict...) get their STM headers."""
import sys
from minipy.concurrency.stm import barriers
from minipy.build import parallel_runtime

barriers.enable()


def handle_config(config, translateconfig):
    config.translation.thread = True
    config.translation.gc = 'boehm'


def target(driver, args):
    parallel_runtime.apply()
    driver.exe_name = 'minipy-stm'
    driver.config.translation.thread = True
    from minipy.stmmain import entry_point
    from minipy.interpreter import eval as evalloop
    evalloop.inline_fused_halves()          # no JIT in this build
    return entry_point, None


if __name__ == '__main__':
    from minipy.stmmain import entry_point
    sys.exit(entry_point(sys.argv))
