"""Generator objects: a suspended frame plus its state. The resume logic lives in
minipy.interpreter.generators.

STM: the flags (running, finished, started) are transactional (`_stm_save` logs them;
the code that changes them calls barriers.write(w_gen) first). The frame itself is
frame state, which the eval loop's snapshot/restore handles, not this undo entry."""
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class GeneratorUndo(UndoEntry):
    def __init__(self, w_gen):
        self.w_gen = w_gen
        self.running = w_gen.running
        self.finished = w_gen.finished
        self.started = w_gen.started

    def restore(self):
        self.w_gen.running = self.running
        self.w_gen.finished = self.finished
        self.w_gen.started = self.started


class W_Generator(W_Root):
    _attrs_ = ['frame', 'running', 'finished', 'name', 'qualname', 'started']

    def __init__(self, frame, name, qualname):
        TObject.__init__(self)
        self.frame = frame
        self.running = False
        self.finished = False
        self.started = False
        self.name = name
        self.qualname = qualname

    def _stm_save(self):
        return GeneratorUndo(self)

    def _stm_typename(self):
        return 'generator'


W_Generator.typedef = make_builtin_type('generator')
