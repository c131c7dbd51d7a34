"""The interactive prompt: `>>> ` / `... ` prompts (stdout on a terminal, else stderr),
each statement compiled in mode 'single' (expression results echoed by
sys.displayhook) and run in __main__; a traceback does not leave the loop; end of input
(Ctrl-D) exits with status 0."""
import os
from minipy.objects.root import OperationError
from minipy.objects.strobject import wrap_str
from minipy.objects.fileobject import W_File
from minipy.objects.moduleobject import W_Module
from minipy.objects import exceptions as ex
from minipy.compiler.errors import CompileError
from minipy.interpreter.executioncontext import state
from minipy.interpreter import ops
from minipy.interpreter import traceback as tbmod
from minipy.builtins import functions, importing, modsys

PS1 = '>>> '
PS2 = '... '
BANNER = 'Python 3.11.0 (minipy)\nType Ctrl-D to exit.\n'

# what a compile error says when the statement is not finished yet
_INCOMPLETE = ['expected an indented block', 'was never closed',
               'unexpected EOF', 'unterminated triple-quoted string']


def is_incomplete(msg):
    for part in _INCOMPLETE:
        if part in msg:
            return True
    return False


def opens_block(msg):
    return 'expected an indented block' in msg


def write_prompt(prompt):
    """As CPython: prompts go to stdout on a terminal, else (no line editing) to stderr."""
    if os.isatty(0) and os.isatty(1):
        w_f = modsys.get_std('stdout')
    else:
        w_f = modsys.get_std('stderr')
    try:
        functions.write_to(w_f, prompt)
        if isinstance(w_f, W_File):
            w_f.flush()
        else:
            ops.call_method(w_f, 'flush', [])
    except OperationError:
        pass


def read_line():
    """One line of input without its newline, or None at end of input."""
    try:
        line = state.stdin.readline()
    except OperationError as e:
        if ops.isinstance_w(e.w_value, ex.w_KeyboardInterrupt):
            raise       # Ctrl-C at the prompt: Repl.loop starts a new statement
        return None
    if len(line) == 0:
        return None
    if line.endswith('\n'):
        stop = len(line) - 1
        assert stop >= 0
        line = line[:stop]
    return line


def show_compile_error(e):
    from minipy.main import write_stderr
    write_stderr(tbmod.syntax_error_block(e.filename, e.lineno, e.text, e.offset,
                                          e.end_lineno, e.end_offset, e.kind, e.msg))


class Repl(object):
    def __init__(self):
        w_main = state.w_modules.getitem(wrap_str('__main__'))
        if not isinstance(w_main, W_Module):        # none yet: not after a script (-i)
            w_main = importing.new_main_module('<stdin>')
            state.w_modules.setitem(wrap_str('__main__'), w_main)
        self.w_main = w_main
        self.exit_status = -1

    def run_code(self, w_code):
        """Run one compiled statement; sets exit_status on SystemExit."""
        from minipy.interpreter.eval import PyFrame
        from minipy.interpreter.calls import execute_frame
        from minipy.main import report_exception, flush_std
        frame = PyFrame(w_code, self.w_main.w_dict, None, state.w_builtins)
        try:
            execute_frame(frame)
        except OperationError as e:
            if ops.isinstance_w(e.w_value, ex.w_SystemExit):
                self.exit_status = report_exception(e)
            else:
                report_exception(e)
        flush_std()

    def try_compile(self, source):
        """(code or None, error or None)."""
        from minipy.interpreter import loader
        try:
            return loader.compile_code(source, '<stdin>', 'single'), None
        except CompileError as e:
            return None, e

    def read_statement(self):
        """Read lines until one statement is complete and run it; False at end of input."""
        write_prompt(PS1)
        line = read_line()
        if line is None:
            write_prompt('\n')
            return False
        if len(line.strip(' ')) == 0:
            return True
        source = line + '\n'
        w_code, err = self.try_compile(source)
        if err is None:
            self.run_code(w_code)
            return True
        if not is_incomplete(err.msg) and not line.endswith('\\'):
            show_compile_error(err)
            return True
        block = opens_block(err.msg)
        while True:
            write_prompt(PS2)
            line = read_line()
            if line is None:
                write_prompt('\n')
                return False
            blank = len(line.strip(' ')) == 0
            source = source + line + '\n'
            if block and not blank:
                continue
            w_code, err = self.try_compile(source)
            if err is None:
                self.run_code(w_code)
                return True
            if blank or not is_incomplete(err.msg):
                show_compile_error(err)
                return True
            if opens_block(err.msg):
                block = True

    def loop(self, banner):
        from minipy.main import write_stderr
        if banner:
            write_stderr(BANNER)
        while self.exit_status < 0:
            try:
                if not self.read_statement():
                    return 0
            except OperationError as e:
                if not ops.isinstance_w(e.w_value, ex.w_KeyboardInterrupt):
                    raise
                write_stderr('\nKeyboardInterrupt\n')
        return self.exit_status


def interact(banner):
    """Run the interactive loop (banner: not after a script); returns the exit status."""
    from minipy.main import shutdown_threads, run_atexit, flush_std
    repl = Repl()
    status = repl.loop(banner)
    shutdown_threads()
    run_atexit()
    flush_std()
    return status
