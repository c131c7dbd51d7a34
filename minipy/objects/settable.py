"""The hash table of a set or frozenset, laid out by CPython 3.11's rules.

A set iterates in the order of its table, so a program that prints a set of ints
(`print({9, 3, 7, 1})` shows `{9, 3, 1, 7}`) or loops over one sees CPython's order only if
the table is built exactly as CPython builds it: the same slot for each key, the same
probe sequence on a collision, the same deleted-entry markers, the same sizes and the
same moments of resizing. This module keeps those rules (they are CPython's behaviour, a
fact about its output; the code is ours). Ints, floats and tuples of them hash as in
CPython, so their sets iterate as CPython's do; strs hash differently (CPython picks a
random hash seed per process, so no program can rely on that order either).

A slot holds a key and its hash: unused (no key, hash 0), a dummy left by a deletion (no
key, hash -1; no Python hash is -1) or active. `fill` counts active and dummy slots,
`used` the active ones; `finger` is where pop() starts looking.

Lookups of int and str keys have loops of their own that never run Python code (in a
trace, a plain call); any other key, or an int meeting an equal-hash key of another type,
goes through the general comparison, which may call a user's __eq__.
"""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.objectmodel import specialize
from minipy.objects.intobject import W_IntObject
from minipy.objects.strobject import W_StrObject

MINSIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5

# what a probe returns when only the general comparison can tell (see _probe)
UNDECIDED = -2

# the kinds of probe: an exact int key, an exact str key, any key
INT_KEY = 0
STR_KEY = 1
ANY_KEY = 2


def keys_equal(w_a, w_b):
    """w_a == w_b for two keys of equal hash, not the same object."""
    from minipy.interpreter import ops
    return ops.eq_w(w_a, w_b)


def size_for(minused):
    """The smallest power of two, at least MINSIZE, above minused."""
    size = MINSIZE
    while size <= minused:
        size <<= 1
    return size


def insert_clean(keys_w, hashes, mask, w_key, h):
    """Put a key known to be absent into a table without dummies (resizes, copies)."""
    perturb = r_uint(h)
    i = r_uint(h) & r_uint(mask)
    while True:
        j = intmask(i)
        if keys_w[j] is None:
            keys_w[j] = w_key
            hashes[j] = h
            return
        if j + LINEAR_PROBES <= mask:
            for k in range(j + 1, j + LINEAR_PROBES + 1):
                if keys_w[k] is None:
                    keys_w[k] = w_key
                    hashes[k] = h
                    return
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + perturb) & r_uint(mask)


class SetTable(object):
    """keys_w[i] / hashes[i]: slot i (see the module docstring)."""

    def __init__(self, size=MINSIZE):
        self.keys_w = [None] * size
        self.hashes = [0] * size
        self.mask = size - 1
        self.fill = 0
        self.used = 0
        self.finger = 0

    # ------------------------------------------------------------ lookups

    def find(self, w_key, h):
        """The slot of w_key (whose hash is h), or -1."""
        return self._probe_any(w_key, h, False)

    def _probe_any(self, w_key, h, for_insert):
        # no loop here: in a trace, an int or str key's probe is one plain call
        if type(w_key) is W_IntObject:
            j = self._probe(w_key, h, for_insert, INT_KEY)
            if j != UNDECIDED:
                return j
        elif type(w_key) is W_StrObject:
            j = self._probe(w_key, h, for_insert, STR_KEY)
            if j != UNDECIDED:
                return j
        return self._probe_general(w_key, h, for_insert)

    def _probe_general(self, w_key, h, for_insert):
        while True:
            j = self._probe(w_key, h, for_insert, ANY_KEY)
            if j != UNDECIDED:
                return j
            # a comparison changed the table: CPython looks again from the start

    @specialize.arg(4)
    def _probe(self, w_key, h, for_insert, kind):
        """The slot of w_key, or -1 when absent; with for_insert, an absent key's slot for
        insertion instead, as -3 - slot (the last dummy passed on the way, else the
        unused slot that ended the search). UNDECIDED: an int or str probe (kind INT_KEY, STR_KEY,
        which run no Python code) met an equal-hash key of another type, or a general
        comparison (ANY_KEY) changed the table."""
        keys_w = self.keys_w
        hashes = self.hashes
        mask = self.mask
        perturb = r_uint(h)
        i = r_uint(h) & r_uint(mask)
        freeslot = -1
        while True:
            j = intmask(i)
            last = j
            if j + LINEAR_PROBES <= mask:
                last = j + LINEAR_PROBES
            while j <= last:
                w_k = keys_w[j]
                if w_k is None:
                    if hashes[j] == 0:
                        if not for_insert:
                            return -1
                        if freeslot >= 0:
                            return -3 - freeslot
                        return -3 - j
                    freeslot = j         # (the last dummy passed is the one reused)
                elif hashes[j] == h:
                    if w_k is w_key:
                        return j
                    if kind == INT_KEY:
                        if type(w_k) is not W_IntObject:
                            return UNDECIDED
                        assert isinstance(w_key, W_IntObject)
                        if w_k.intval == w_key.intval:
                            return j
                    elif kind == STR_KEY:
                        if type(w_k) is not W_StrObject:
                            return UNDECIDED
                        assert isinstance(w_key, W_StrObject)
                        if w_k.utf8 == w_key.utf8:
                            return j
                    else:
                        if keys_equal(w_k, w_key):
                            return j
                        if self.keys_w is not keys_w or keys_w[j] is not w_k:
                            return UNDECIDED
                j += 1
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + perturb) & r_uint(mask)

    # ------------------------------------------------------------ changes

    def add(self, w_key, h):
        """Add w_key (hash h) unless an equal key is there; True when added."""
        j = self._probe_any(w_key, h, True)
        if j >= 0:
            return False
        slot = -3 - j
        if self.hashes[slot] == -1:          # a dummy: reused, fill unchanged
            self.keys_w[slot] = w_key
            self.hashes[slot] = h
            self.used += 1
            return True
        self.keys_w[slot] = w_key
        self.hashes[slot] = h
        self.fill += 1
        self.used += 1
        if self.fill * 5 >= self.mask * 3:
            self.resize(self.grown_size())
        return True

    def grown_size(self):
        """The minimum size asked for when an insertion fills the table."""
        if self.used > 50000:
            return self.used * 2
        return self.used * 4

    def reserve(self, n):
        """Make room for n more keys at once, as CPython before adding a dict's keys."""
        if (self.fill + n) * 5 >= self.mask * 3:
            self.resize((self.used + n) * 2)

    def remove_at(self, j):
        """Make active slot j a dummy."""
        self.keys_w[j] = None
        self.hashes[j] = -1
        self.used -= 1

    def discard(self, w_key, h):
        """Remove w_key if present; True when it was."""
        j = self.find(w_key, h)
        if j < 0:
            return False
        self.remove_at(j)
        return True

    def resize(self, minused):
        """A fresh table of size_for(minused) slots holding the active keys, entered in
        slot order with no dummies. (Nothing to do for a table of the smallest size
        without dummies asked to stay that size.)"""
        size = size_for(minused)
        if size == MINSIZE and self.mask == MINSIZE - 1 and self.fill == self.used:
            return
        old_keys = self.keys_w
        old_hashes = self.hashes
        keys_w = [None] * size
        hashes = [0] * size
        mask = size - 1
        for j in range(len(old_keys)):
            w_k = old_keys[j]
            if w_k is not None:
                insert_clean(keys_w, hashes, mask, w_k, old_hashes[j])
        self.keys_w = keys_w
        self.hashes = hashes
        self.mask = mask
        self.fill = self.used

    def clear(self):
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0
        self.used = 0

    def pop_slot(self):
        """The slot pop() takes (the table holds at least one key): the first active one
        from the finger on, wrapping around; the finger moves past it."""
        j = self.finger & self.mask
        while self.keys_w[j] is None:
            j += 1
            if j > self.mask:
                j = 0
        self.finger = j + 1
        return j

    def merge(self, other):
        """Add every key of table `other` (CPython's set_merge: one resize up front, and a
        straight copy when this table is empty)."""
        if other is self or other.used == 0:
            return
        self.reserve(other.used)
        if self.fill == 0 and self.mask == other.mask and other.fill == other.used:
            for j in range(len(other.keys_w)):
                w_k = other.keys_w[j]
                if w_k is not None:
                    self.keys_w[j] = w_k
                    self.hashes[j] = other.hashes[j]
            self.fill = other.fill
            self.used = other.used
            return
        if self.fill == 0:
            self.fill = other.used
            self.used = other.used
            for j in range(len(other.keys_w)):
                w_k = other.keys_w[j]
                if w_k is not None:
                    insert_clean(self.keys_w, self.hashes, self.mask, w_k, other.hashes[j])
            return
        for j in range(len(other.keys_w)):
            w_k = other.keys_w[j]
            if w_k is not None:
                self.add(w_k, other.hashes[j])

    # ------------------------------------------------------------ reading

    def live_keys(self):
        """The keys in iteration order."""
        res = []
        for w_k in self.keys_w:
            if w_k is not None:
                res.append(w_k)
        return res

    def live_hashes(self):
        """The hashes of live_keys(), in the same order."""
        res = []
        for j in range(len(self.keys_w)):
            if self.keys_w[j] is not None:
                res.append(self.hashes[j])
        return res

    def copy_exact(self):
        """The same slots, dummies included: what a transaction's first write of a set
        mutates while the original stays as it was (the STM build)."""
        t = SetTable(0)
        t.keys_w = self.keys_w[:]
        t.hashes = self.hashes[:]
        t.mask = self.mask
        t.fill = self.fill
        t.used = self.used
        t.finger = self.finger
        return t
