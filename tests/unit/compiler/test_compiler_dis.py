"""The disassembler: one line per instruction with its offset, name, argument and
meaning, jump targets marked, line numbers shown where they change, nested code
objects disassembled under their own header."""
import re

from compiler_astbridge import parse
from compiler_bytecode import all_codes
from minipy.compiler.codegen import compile_ast
from minipy.compiler.dis import dis_code, const_repr
from minipy.compiler import opcodes as op
from minipy.compiler.code import ConstValue

SOURCE = (
    "def f(a, b=2):\n"
    "    while a < b:\n"
    "        a += 1\n"
    "    return [x for x in 'h\\'i']\n"
    "class C:\n"
    "    pass\n"
    "print(f(1) is not None, 1 in (2, 3))\n"
)

INSTR = re.compile(r'^(?:\s*(\d+))?\s+(>>)?\s*(\d+) ([A-Z_]+)(?:\s+(\d+)(?: \((.*)\))?)?$')


def test_every_instruction_listed():
    co = compile_ast(parse(SOURCE), SOURCE, 'm.py', 'exec')
    text = dis_code(co)
    codes = list(all_codes(co))
    sections = text.split('\nDisassembly of ')
    assert len(sections) == len(codes)
    for section, c in zip(sections, codes):
        lines = [l for l in section.split('\n')[1 if section is not sections[0] else 0:]
                 if l.strip()]
        parsed = [INSTR.match(l) for l in lines]
        assert all(parsed), lines
        assert len(parsed) == len(c.co_code) // 2
        targets = set()
        for pc in range(0, len(c.co_code), 2):
            t = op.jump_target(c.co_code[pc], c.co_code[pc + 1], pc)
            if t >= 0:
                targets.add(t)
        for pc, m in zip(range(0, len(c.co_code), 2), parsed):
            assert int(m.group(3)) == pc
            assert m.group(4) == op.OPNAMES[c.co_code[pc]]
            assert (m.group(2) == '>>') == (pc in targets)
            if m.group(1):
                assert int(m.group(1)) == c.lineno_at(pc)


def test_argument_meanings():
    co = compile_ast(parse(SOURCE), SOURCE, 'm.py', 'exec')
    text = dis_code(co)
    assert "(<code object f, file \"m.py\", line 1>)" in text
    assert "LOAD_CONST                  " in text
    assert "(is not)" in text
    assert "(in)" in text
    assert "((2, 3))" in text
    assert "(<)" in text
    assert "STORE_NAME                  0 (f)" in text
    assert "(defaults)" in text
    assert "LOAD_FAST                   0 (a)" in text
    assert "(to " in text
    assert "Disassembly of <code object <listcomp>, file \"m.py\", line 4>:" in text
    assert "('h\\'i')" in text


def test_const_repr():
    assert const_repr(ConstValue('str', 'a\nb\'')) == "'a\\nb\\''"
    assert const_repr(ConstValue('bytes', '\x00\xff')) == "b'\\x00\\xff'"
    assert const_repr(ConstValue('tuple', '', [ConstValue('int', '1')])) == '(1,)'
    assert const_repr(ConstValue('None')) == 'None'
    assert const_repr(ConstValue('complex', '2')) == '2j'
