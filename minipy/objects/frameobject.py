"""Frame objects: what sys._getframe() and inspect's stack functions return.

A W_FrameObject stands for one PyFrame, running or finished; its attributes
(specialattrs.frame_attr) read the frame when asked, so f_lineno follows the frame as
it runs, as in CPython. Getting one forces the frame out of a JIT trace (through the
virtual references of calls.execute_frame), as every reader of the stack does.

Library code that stands for what CPython implements in C (traceback.hidden_entry) has
no frames here either: walking outwards skips it, so sys._getframe(1) inside a function
that functools.reduce calls is the frame that called reduce, as in CPython."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject, w_object


class W_FrameObject(W_Root):
    _attrs_ = ['frame']

    def __init__(self, frame):
        self.frame = frame

    def native_repr(self):
        from minipy.builtins.reprs import addr
        code = self.frame.w_code.code
        return "<frame at %s, file '%s', line %d, code %s>" % (
            addr(self), code.co_filename, self.frame.lineno(), code.co_name)


W_FrameObject.typedef = W_TypeObject('frame', [w_object])


def visible(frame):
    """frame, or the first frame outwards from it that is not hidden library code;
    None past the outermost."""
    from minipy.interpreter.traceback import hidden_entry
    while frame is not None and hidden_entry(frame.w_code.code):
        frame = frame.f_backref()
    return frame


def outer(frame):
    """The visible frame that called `frame`, or None."""
    return visible(frame.f_backref())
