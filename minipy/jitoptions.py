"""The `--jit` command-line option, as PyPy's: `off`, `default`, `help`, or a
comma-separated list of NAME=VALUE (the tunable parameters of rpython.rlib.jit).

parse(text) checks the whole text before anything is applied and returns a
JitSettings (or raises JitOptionError with a message for the user); apply() turns it
into jit.set_param calls. HAVE_JIT is set by targetminipy.py at translation time:
in a build without the JIT every valid setting is accepted and has no effect."""
from rpython.rlib import jit
from rpython.rlib.unroll import unrolling_iterable

# set by targetminipy.target() before annotation: the build has the tracing JIT
HAVE_JIT = False

# trace_limit above this needs a JIT built with the 'big' opencoder model
MAX_TRACE_LIMIT = 2 ** 14

# minipy's defaults where they differ from rpython's. max_unroll_recursion: rpython inlines
# a recursive call 7 levels deep into a trace; on a recursive search (nqueens_split) that made
# hundreds of big bridges and ran 4x slower than with the JIT off; with 2 levels it ran about
# 6-12x faster, and the single-thread programs tried (closures, nqueens, constraints,
# raytrace, go_playout) were no slower (README). apply_defaults() sets them at start-up, and
# `--jit default` restores them.
OWN_DEFAULTS = [('max_unroll_recursion', 2)]
_OWN_DEFAULTS = unrolling_iterable(OWN_DEFAULTS)

_NAMES = sorted(jit.PARAMETERS.keys())
_INT_PARAMS = unrolling_iterable([n for n in _NAMES if n != 'enable_opts'])
_OPTS = jit.ENABLE_ALL_OPTS.split(':')


class JitOptionError(Exception):
    def __init__(self, msg):
        self.msg = msg


class JitSettings(object):
    """What one --jit option asks for: a mode, then parameters in order."""

    def __init__(self):
        self.mode = 'params'      # or 'off', 'default', 'help'
        self.names = []
        self.int_values = []      # parallel to names (0 for enable_opts)
        self.str_values = []      # parallel to names ('' unless enable_opts)


def parse_int(s):
    """A decimal integer, optionally negative; ValueError when `s` is not one."""
    if len(s) == 0 or len(s) > 10:
        raise ValueError
    neg = False
    i = 0
    if s[0] == '-':
        neg = True
        i = 1
        if len(s) == 1:
            raise ValueError
    n = 0
    while i < len(s):
        c = s[i]
        if c < '0' or c > '9':
            raise ValueError
        n = n * 10 + (ord(c) - ord('0'))
        i += 1
    if neg:
        return -n
    return n


def _check_opts(value):
    if value == 'all' or value == '':
        return
    for opt in value.split(':'):
        if opt not in _OPTS:
            raise JitOptionError("unknown optimization '%s' in enable_opts (known: %s)"
                                 % (opt, jit.ENABLE_ALL_OPTS))


def parse(text):
    settings = JitSettings()
    if text == 'off' or text == 'default' or text == 'help':
        settings.mode = text
        return settings
    if len(text) == 0:
        raise JitOptionError('empty value')
    for item in text.split(','):
        item = item.strip(' ')
        eq = item.find('=')
        if eq <= 0:
            raise JitOptionError("'%s' is not NAME=VALUE, 'off', 'default' or 'help'" % item)
        assert eq > 0
        name = item[:eq]
        value = item[eq + 1:]
        if name not in _NAMES:
            raise JitOptionError("unknown parameter '%s'" % name)
        if name == 'enable_opts':
            _check_opts(value)
            settings.names.append(name)
            settings.int_values.append(0)
            settings.str_values.append(value)
            continue
        try:
            n = parse_int(value)
        except ValueError:
            raise JitOptionError("%s needs an integer, not '%s'" % (name, value))
        if name == 'trace_limit' and n > MAX_TRACE_LIMIT:
            raise JitOptionError('trace_limit can be at most %d' % MAX_TRACE_LIMIT)
        settings.names.append(name)
        settings.int_values.append(n)
        settings.str_values.append('')
    return settings


def apply_defaults():
    """minipy's own defaults (OWN_DEFAULTS), at start-up before any --jit option."""
    for name, value in _OWN_DEFAULTS:
        jit.set_param(None, name, value)


def default_of(name):
    for name1, value in OWN_DEFAULTS:
        if name1 == name:
            return value
    return jit.PARAMETERS[name]


def apply(settings):
    """Set the parameters on every JitDriver (a no-op in a build without the JIT)."""
    if settings.mode == 'off':
        jit.set_param(None, 'threshold', -1)
        jit.set_param(None, 'function_threshold', -1)
        return
    if settings.mode == 'default':
        jit.set_user_param(None, 'default')
        apply_defaults()
        return
    for i in range(len(settings.names)):
        name = settings.names[i]
        if name == 'enable_opts':
            jit.set_param(None, 'enable_opts', settings.str_values[i])
            continue
        for name1 in _INT_PARAMS:
            if name1 == name:
                jit.set_param(None, name1, settings.int_values[i])
                break


def _make_help():
    lines = ['Advanced JIT options: a comma-separated list of OPTION=VALUE:']
    for name in _NAMES:
        if name == 'enable_opts':
            lines.append(' enable_opts=OPT:OPT:...  (default all)')
        else:
            lines.append(' %s=N  (default %d)' % (name, default_of(name)))
        lines.append('    ' + jit.PARAMETER_DOCS[name])
    lines.append(' off')
    lines.append('    turn off the JIT')
    lines.append(' default')
    lines.append('    every parameter at its default value')
    lines.append(' help')
    lines.append('    print this page')
    return '\n'.join(lines) + '\n'

_HELP = _make_help()


def help_text():
    if HAVE_JIT:
        return _HELP
    return _HELP + ('This minipy was built without the JIT: the options are checked '
                    'and otherwise ignored.\n')
