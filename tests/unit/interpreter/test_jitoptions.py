"""minipy/jitoptions.py: parsing of the `--jit` option (untranslated)."""
import pytest
from minipy import jitoptions
from minipy.jitoptions import parse, JitOptionError


def test_modes():
    for text in ['off', 'default', 'help']:
        assert parse(text).mode == text


def test_params_in_order():
    s = parse('threshold=5,trace_eagerness=3, function_threshold=-1')
    assert s.mode == 'params'
    assert s.names == ['threshold', 'trace_eagerness', 'function_threshold']
    assert s.int_values == [5, 3, -1]


def test_enable_opts():
    s = parse('enable_opts=intbounds:rewrite')
    assert s.names == ['enable_opts']
    assert s.str_values == ['intbounds:rewrite']


@pytest.mark.parametrize('text,fragment', [
    ('', 'empty'),
    ('bogus', "'bogus' is not NAME=VALUE"),
    ('=3', "'=3' is not NAME=VALUE"),
    ('nosuch=3', "unknown parameter 'nosuch'"),
    ('threshold=abc', "threshold needs an integer, not 'abc'"),
    ('threshold=', "threshold needs an integer"),
    ('threshold=-', "threshold needs an integer"),
    ('threshold=12345678901', "threshold needs an integer"),
    ('trace_limit=99999', 'trace_limit can be at most 16384'),
    ('enable_opts=nosuch', "unknown optimization 'nosuch'"),
    ('threshold=1,,', "'' is not NAME=VALUE"),
])
def test_errors(text, fragment):
    with pytest.raises(JitOptionError) as e:
        parse(text)
    assert fragment in e.value.msg


def test_apply_untranslated_is_harmless():
    jitoptions.apply(parse('threshold=7,enable_opts=all'))
    jitoptions.apply(parse('off'))
    jitoptions.apply(parse('default'))


def test_help_lists_every_parameter():
    text = jitoptions.help_text()
    for name in ['threshold=N', 'function_threshold=N', 'trace_eagerness=N', 'trace_limit=N',
                 'enable_opts=', ' off', ' help']:
        assert name in text


def test_own_defaults_are_valid_parameters_and_shown_in_help():
    from rpython.rlib import jit
    text = jitoptions.help_text()
    for name, value in jitoptions.OWN_DEFAULTS:
        assert name in jit.PARAMETERS and value != jit.PARAMETERS[name]
        assert ' %s=N  (default %d)' % (name, value) in text
    jitoptions.apply_defaults()
