"""`s += text` on a local variable without copying s each time.

A str is an immutable RPython string, so `s = s + t` copies s; a loop that grows s by
small pieces copies O(n^2) bytes (a megabyte in 5-byte pieces: 7 s). CPython avoids it by
resizing the string in place when nothing else refers to it; minipy has no reference
counts, so it keeps the growing text in a StringBuilder instead, for local variables only:

* the compiler emits `name += value` on a fast local as LOAD_FAST_ACCUM, the value,
  INPLACE_ADD_ACCUM, STORE_FAST (minipy/compiler/codegen.py);
* INPLACE_ADD_ACCUM of two exact strs, together at least START_BYTES long, makes a
  W_PendingStr: a view of the first `nbytes` bytes of a builder. Adding to the view that
  is the builder's whole text appends to the builder (amortised O(len(t))) and returns a
  new view; adding to an older view (its builder has grown since) starts a new builder;
* a W_PendingStr lives only in a frame's local slots and on its value stack between
  those two instructions. Everything else that reads such a local takes text(), the
  W_StrObject of the view, made once per view and kept: its other loads, which the eval
  loop's copy of the code turns into LOAD_FAST_SETTLE (superinstructions.py; the loads
  of other locals pay nothing), locals() and super().

Views never change, so a frame snapshot (STM) or a generator may hold one safely: an
old view simply stops being the builder's tip."""
from rpython.rlib.rstring import StringBuilder
from minipy.objects.root import W_Root
from minipy.objects.strobject import W_StrObject

# below this many bytes a plain concatenation is cheaper than a builder
START_BYTES = 256


class W_PendingStr(W_Root):
    """The text builder.build()[:nbytes] (length code points), as a str to be."""
    _attrs_ = ['builder', 'nbytes', 'length', 'w_text']
    _immutable_fields_ = ['builder', 'nbytes', 'length']

    def __init__(self, builder, nbytes, length):
        self.builder = builder
        self.nbytes = nbytes
        self.length = length
        self.w_text = None

    def text(self):
        """The str this view stands for (made at the first call)."""
        w_text = self.w_text
        if w_text is None:
            s = self.builder.build()
            if len(s) != self.nbytes:
                assert self.nbytes >= 0
                s = s[:self.nbytes]
            w_text = W_StrObject(s, self.length)
            self.w_text = w_text
        return w_text

    def extended(self, w_x):
        """The view of this text + w_x's (an exact str)."""
        builder = self.builder
        if builder.getlength() != self.nbytes:
            # an older view: its builder holds more than its text
            builder = StringBuilder(self.nbytes + len(w_x.utf8))
            builder.append(self.text().utf8)
        builder.append(w_x.utf8)
        return W_PendingStr(builder, self.nbytes + len(w_x.utf8), self.length + w_x.length)


def start(w_s, w_x):
    """The view of w_s + w_x (two exact strs)."""
    n = len(w_s.utf8) + len(w_x.utf8)
    builder = StringBuilder(2 * n)
    builder.append(w_s.utf8)
    builder.append(w_x.utf8)
    return W_PendingStr(builder, n, w_s.length + w_x.length)


def accumulate(w_s, w_x):
    """w_s + w_x for INPLACE_ADD_ACCUM when either is a str (w_s may be a view): a view,
    or None when the generic `+=` must run (with w_s a real object)."""
    if type(w_x) is not W_StrObject:
        return None
    if isinstance(w_s, W_PendingStr):
        return w_s.extended(w_x)
    if type(w_s) is W_StrObject and len(w_s.utf8) + len(w_x.utf8) >= START_BYTES:
        return start(w_s, w_x)
    return None


def settled(w_value):
    """A local's value as the program sees it: a view's str, anything else as it is."""
    if isinstance(w_value, W_PendingStr):
        return w_value.text()
    return w_value
