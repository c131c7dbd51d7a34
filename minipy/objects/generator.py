"""Generator objects: a suspended frame plus its state. The resume logic lives in
minipy.interpreter.generators."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_Generator(W_Root):
    _attrs_ = ['frame', 'running', 'finished', 'name', 'qualname', 'started']

    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.running = False
        self.finished = False
        self.started = False
        self.name = name
        self.qualname = qualname


W_Generator.typedef = make_builtin_type('generator')
