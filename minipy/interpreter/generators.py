"""Running generators: next/send/throw/close and the `yield from` step. A generator's
frame is resumed by re-entering PyFrame.run() at its saved pc."""
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.generator import W_Generator
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.interpreter import ops
from minipy.interpreter.calls import execute_frame
from minipy.compiler import opcodes
from minipy.interpreter.executioncontext import get_ec
from minipy.concurrency.stm import barriers
from minipy.concurrency import stmcontrol


def set_return_value(w_value):
    """A finished generator's return value, per thread, for take_return_value()."""
    get_ec().w_gen_return = w_value


def take_return_value():
    ec = get_ec()
    w = ec.w_gen_return
    ec.w_gen_return = None
    if w is None:
        return w_None
    return w


def stm_enter(frame):
    """STM build: a generator frame made by an earlier transaction is about to change."""
    if barriers.ENABLED:
        stmcontrol.enter_resumed(frame, get_ec())


def resume(w_gen, w_value, operr):
    """Run the generator until its next yield: returns the yielded value, or None when
    it returned (the return value is kept for take_return_value())."""
    if w_gen.running:
        raise oefmt(ex.w_ValueError, 'generator already executing')
    stm_enter(w_gen.frame)
    if w_gen.finished:
        if operr is not None:
            raise operr
        set_return_value(w_None)
        return None
    frame = w_gen.frame
    if not w_gen.started:
        if operr is None and w_value is not None and w_value is not w_None:
            raise oefmt(ex.w_TypeError, "can't send non-None value to a just-started generator")
        w_gen.started = True
        if operr is not None:
            w_gen.finished = True
            raise operr
    elif operr is None:
        frame.push(w_value)
    w_gen.running = True
    try:
        try:
            if operr is not None:
                frame.pc = max(frame.pc - 2, 0)
                frame.pc = frame.handle_operation_error(operr)
            w_res = execute_frame(frame)
        except OperationError as e:
            w_gen.finished = True
            if ops.isinstance_w(e.w_value, ex.w_StopIteration):
                e2 = oefmt(ex.w_RuntimeError, 'generator raised StopIteration')
                w_new = e2.w_value
                assert isinstance(w_new, W_ExceptionObject)
                w_new.w_cause = e.w_value
                w_new.w_context = e.w_value
                w_new.suppress_context = True
                raise e2
            raise
    finally:
        w_gen.running = False
    if frame.yielded:
        return w_res
    w_gen.finished = True
    set_return_value(w_res)
    return None


def gen_next_or_null(w_gen):
    return resume(w_gen, w_None, None)


def gen_send(w_gen, w_value):
    w_res = resume(w_gen, w_value, None)
    if w_res is None:
        raise stop_iteration(take_return_value())
    return w_res


def stop_iteration(w_value):
    if w_value is w_None:
        return ex.operr_noargs(ex.w_StopIteration)
    return ex.operr_arg(ex.w_StopIteration, w_value)


def yield_from_target(w_gen):
    """The iterator a suspended generator delegates to (`yield from`), else None."""
    frame = w_gen.frame
    stm_enter(frame)
    if w_gen.started and not w_gen.finished and not w_gen.running and frame.pc >= 0 and \
            frame.w_code.code.co_code[frame.pc] == opcodes.YIELD_FROM:
        return frame.top()
    return None


def gen_throw(w_gen, w_exc):
    from minipy.interpreter import raising
    operr = raising.make_raise(w_exc, None, False)
    # delegate to a sub-generator when suspended in `yield from`
    frame = w_gen.frame
    stm_enter(frame)
    if w_gen.started and not w_gen.finished and frame.pc >= 0 and \
            frame.w_code.code.co_code[frame.pc] == opcodes.YIELD_FROM:
        w_sub = frame.top()
        if isinstance(w_sub, W_Generator):
            try:
                w_res = gen_throw(w_sub, operr.w_value)
                return w_res
            except OperationError as e:
                if ops.isinstance_w(e.w_value, ex.w_StopIteration):
                    frame.pop()
                    frame.push(stop_value(e.w_value))
                    frame.pc += 2
                    return gen_send_raw(w_gen)
                frame.pc += 2
                operr = e
    w_res = resume(w_gen, None, operr)
    if w_res is None:
        raise stop_iteration(take_return_value())
    return w_res


def gen_send_raw(w_gen):
    """Resume after gen_throw's delegation already put the value on the stack."""
    frame = w_gen.frame
    stm_enter(frame)
    w_gen.running = True
    try:
        try:
            w_res = execute_frame(frame)
        except OperationError:
            w_gen.finished = True
            raise
    finally:
        w_gen.running = False
    if frame.yielded:
        return w_res
    w_gen.finished = True
    raise stop_iteration(w_res)


def stop_value(w_exc):
    if isinstance(w_exc, W_ExceptionObject) and len(w_exc.args_w) > 0:
        return w_exc.args_w[0]
    return w_None


def gen_close(w_gen):
    if w_gen.finished or not w_gen.started:
        w_gen.finished = True
        return w_None
    operr = ex.operr_noargs(ex.w_GeneratorExit)
    # suspended in `yield from`: the sub-iterator is closed first, then GeneratorExit is
    # raised at the `yield from` (or what closing the sub-iterator raised)
    frame = w_gen.frame
    stm_enter(frame)
    if frame.pc >= 0 and frame.w_code.code.co_code[frame.pc] == opcodes.YIELD_FROM \
            and not w_gen.running:
        w_sub = frame.top()
        try:
            if isinstance(w_sub, W_Generator):
                gen_close(w_sub)
            else:
                w_close = ops.getattr_or_null(w_sub, 'close')
                if w_close is not None:
                    ops.call_function(w_close, [])
        except OperationError as e:
            operr = e
        frame.pc += 2
    try:
        resume(w_gen, None, operr)
    except OperationError as e:
        if ops.isinstance_w(e.w_value, ex.w_GeneratorExit) or \
                ops.isinstance_w(e.w_value, ex.w_StopIteration):
            return w_None
        raise
    if w_gen.finished:
        return w_None
    raise oefmt(ex.w_RuntimeError, 'generator ignored GeneratorExit')


def yield_from_step(w_receiver, w_value):
    """Send w_value into the sub-iterator: its next value, or None when it finished
    (then take_return_value() gives its result)."""
    if isinstance(w_receiver, W_Generator):
        return resume(w_receiver, w_value, None)
    if w_value is w_None:
        w_res = ops.next_w_keep_stop(w_receiver)
        return w_res
    try:
        return ops.call_method(w_receiver, 'send', [w_value])
    except OperationError as e:
        if ops.isinstance_w(e.w_value, ex.w_StopIteration):
            set_return_value(stop_value(e.w_value))
            return None
        raise
