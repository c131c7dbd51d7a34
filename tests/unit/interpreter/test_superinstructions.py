"""Superinstructions (minipy/interpreter/superinstructions.py): which pairs are fused and
how, that code objects keep their plain co_code, and that programs whose jumps land on a
fused pair's second instruction, or whose errors happen in a second half, behave as in
CPython (untranslated)."""
from minipy.compiler import opcodes as op
from minipy.frontend import compile_source
from minipy.interpreter import superinstructions as si
from minipy.interpreter.codeconv import make_code
from runner import compare


def pairs(code):
    return [(code[i], code[i + 1]) for i in range(0, len(code), 2)]


def test_a_pair_is_fused_in_place_and_its_second_instruction_kept():
    co = [op.LOAD_FAST, 3, op.LOAD_ATTR, 7, op.RETURN_VALUE, 0]
    out = si.fuse(co)
    assert pairs(out) == [(op.LOAD_FAST__LOAD_ATTR, 3 | (7 << si.ARG_BITS)),
                          (op.LOAD_ATTR, 7), (op.RETURN_VALUE, 0)]
    assert si.first_arg(out[1]) == 3 and si.second_arg(out[1]) == 7
    assert co == [op.LOAD_FAST, 3, op.LOAD_ATTR, 7, op.RETURN_VALUE, 0]   # not changed


def test_fusing_goes_left_to_right_and_skips_the_second_of_a_pair():
    # LOAD_FAST LOAD_FAST LOAD_FAST: the first two fuse, the third stays alone
    co = [op.LOAD_FAST, 0, op.LOAD_FAST, 1, op.LOAD_FAST, 2, op.BINARY_ADD, 0]
    assert [p[0] for p in pairs(si.fuse(co))] == [op.LOAD_FAST__LOAD_FAST, op.LOAD_FAST,
                                                  op.LOAD_FAST, op.BINARY_ADD]
    # STORE_FAST LOAD_FAST LOAD_ATTR: the store fuses with the load; the load's pair
    # with LOAD_ATTR is not fused (the load is the second instruction of a pair)
    co = [op.STORE_FAST, 0, op.LOAD_FAST, 1, op.LOAD_ATTR, 0]
    assert [p[0] for p in pairs(si.fuse(co))] == [op.STORE_FAST__LOAD_FAST, op.LOAD_FAST,
                                                  op.LOAD_ATTR]


def test_every_superinstruction_comes_from_its_pair():
    for first, second, fused in [
            (op.LOAD_FAST, op.LOAD_FAST, op.LOAD_FAST__LOAD_FAST),
            (op.LOAD_FAST, op.LOAD_CONST, op.LOAD_FAST__LOAD_CONST),
            (op.LOAD_FAST, op.LOAD_ATTR, op.LOAD_FAST__LOAD_ATTR),
            (op.LOAD_FAST, op.LOAD_METHOD, op.LOAD_FAST__LOAD_METHOD),
            (op.LOAD_FAST, op.STORE_ATTR, op.LOAD_FAST__STORE_ATTR),
            (op.STORE_FAST, op.LOAD_FAST, op.STORE_FAST__LOAD_FAST),
            (op.COMPARE_OP, op.POP_JUMP_IF_FALSE, op.COMPARE_OP__POP_JUMP_IF_FALSE),
            (op.POP_JUMP_IF_FALSE, op.LOAD_FAST, op.POP_JUMP_IF_FALSE__LOAD_FAST),
            (op.FOR_ITER, op.STORE_FAST, op.FOR_ITER__STORE_FAST),
            (op.LOAD_CONST, op.RETURN_VALUE, op.LOAD_CONST__RETURN_VALUE),
            (op.IS_OP, op.POP_JUMP_IF_FALSE, op.IS_OP__POP_JUMP_IF_FALSE),
            (op.STORE_ATTR, op.LOAD_FAST, op.STORE_ATTR__LOAD_FAST)]:
        assert si.fused_opcode(first, second) == fused
        assert op.OPNAMES[fused] == '%s__%s' % (op.OPNAMES[first], op.OPNAMES[second])
    assert si.fused_opcode(op.LOAD_CONST, op.LOAD_FAST) == -1
    assert si.fused_opcode(op.COMPARE_OP, op.POP_JUMP_IF_TRUE) == -1


def test_arguments_too_big_to_pack_are_not_fused():
    co = [op.LOAD_FAST, si.ARG_MASK + 1, op.LOAD_FAST, 0]
    assert si.fuse(co) == co
    co = [op.LOAD_FAST, si.ARG_MASK, op.LOAD_FAST, si.MAX_SECOND_ARG]
    assert si.fuse(co) == co
    co = [op.LOAD_FAST, si.ARG_MASK, op.LOAD_FAST, si.MAX_SECOND_ARG - 1]
    assert si.second_arg(si.fuse(co)[1]) == si.MAX_SECOND_ARG - 1
    assert si.first_arg(si.fuse(co)[1]) == si.ARG_MASK


def test_code_objects_keep_plain_bytecode_and_the_loop_gets_the_fused_copy():
    src = "def f(a, b):\n    c = a\n    return c.x + b\n"
    module = compile_source(src, 'm.py', 'exec')
    fcode = [c.code for c in module.co_consts if c.kind == 'code'][0]
    assert all(o < 200 for o, _ in pairs(fcode.co_code))
    w_code = make_code(fcode)
    assert w_code.instrs == si.fuse(fcode.co_code)
    fused = [o for o, _ in pairs(w_code.instrs) if o >= 200]
    assert op.STORE_FAST__LOAD_FAST in fused


def test_jumps_to_a_second_instruction_run_it_alone():
    # the if's jump lands on `r`'s LOAD_FAST, which follows `q = 1`'s STORE_FAST;
    # the while's test jumps back onto loads fused with the stores before them
    compare("def k(a, r):\n"
            "    q = 0\n"
            "    if a:\n"
            "        q = 1\n"
            "    return r + q\n"
            "print(k(True, 10), k(False, 10))\n"
            "def w(n):\n"
            "    i = 0\n"
            "    t = 0\n"
            "    while i < n:\n"
            "        t = t + i\n"
            "        i = i + 1\n"
            "    return t\n"
            "print(w(10), w(0))\n")


def test_a_first_half_that_jumps_skips_the_second():
    # `if x is None` jumps or falls through onto a load; `for` ends its loop through
    # FOR_ITER, fused with the loop variable's store (`t = t + ...`: `t += ...` starts
    # with LOAD_FAST_ACCUM, which is not fused)
    src = ("def f(xs, y):\n"
           "    t = 0\n"
           "    for x in xs:\n"
           "        if x is None:\n"
           "            t = t + 100\n"
           "        if x:\n"
           "            t = t + y\n"
           "    return t\n"
           "print(f([None, 0, 1, 2, None], 7), f([], 7))\n")
    module = compile_source(src, 'm.py', 'exec')
    fcode = [c.code for c in module.co_consts if c.kind == 'code'][0]
    fused = [o for o, _ in pairs(si.fuse(fcode.co_code)) if o >= 200]
    for o in (op.FOR_ITER__STORE_FAST, op.IS_OP__POP_JUMP_IF_FALSE,
              op.POP_JUMP_IF_FALSE__LOAD_FAST):
        assert o in fused
    compare(src)


def test_an_error_in_a_second_half_is_reported_at_its_own_line():
    # x and y load as one fused pair across two lines; y is unbound
    src = ("def h():\n"
           "    x = 1\n"
           "    y = 2\n"
           "    del y\n"
           "    return (x +\n"
           "            y)\n"
           "h()\n")
    module = compile_source(src, 'm.py', 'exec')
    fcode = [c.code for c in module.co_consts if c.kind == 'code'][0]
    assert op.LOAD_FAST__LOAD_FAST in si.fuse(fcode.co_code)
    compare(src, whole_stderr=True)
    # the attribute error comes from the LOAD_ATTR half, on the second line
    compare("class C:\n"
            "    pass\n"
            "def g(c):\n"
            "    return (c\n"
            "            .missing)\n"
            "g(C())\n", whole_stderr=True)


def test_loads_of_an_accumulated_local_settle():
    # `s += ...` loads s with LOAD_FAST_ACCUM (a str being built may stay one); every other
    # load of s must make it a str, and only those loads pay for the check
    co = [op.LOAD_FAST, 0, op.LOAD_FAST, 1, op.BINARY_ADD, 0,
          op.LOAD_FAST_ACCUM, 1, op.LOAD_CONST, 0, op.INPLACE_ADD_ACCUM, 0, op.STORE_FAST, 1,
          op.STORE_FAST, 2, op.LOAD_FAST, 1, op.RETURN_VALUE, 0]
    out = si.fuse(co)
    assert out[2] == op.LOAD_FAST_SETTLE and out[3] == 1
    assert out[16] == op.LOAD_FAST_SETTLE and out[17] == 1
    assert out[6] == op.LOAD_FAST_ACCUM
    assert (out[0], out[1]) == (op.LOAD_FAST, 0)       # slot 0 is not accumulated
    assert co[2] == op.LOAD_FAST and co[16] == op.LOAD_FAST    # co_code not changed
    # a slot never loaded by LOAD_FAST_ACCUM keeps its fused pairs
    plain = [op.LOAD_FAST, 1, op.LOAD_FAST, 2, op.BINARY_ADD, 0, op.RETURN_VALUE, 0]
    assert si.fuse(plain)[0] == op.LOAD_FAST__LOAD_FAST
