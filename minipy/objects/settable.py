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

Two storages of the same slots (the layout, hence the order, is the same in both):

* ints (`keys_w` is None): while every key is an exact int, the keys are machine ints in
  `ikeys`, so a JIT trace that adds, finds or removes an int never allocates its box (a box
  passed to a residual call escapes and must be allocated). An unused slot holds key
  EMPTY_IKEY with hash 0, a pair no active slot has (the hash of 1 is 1); a dummy has hash
  -1. The first key of another type (a bool, a float, a str...) moves the table to
* objects (`ikeys` is None): `keys_w[i]` the key or None.

A filter answers most lookups of a missing small int without a probe. CPython's
probe for a missing key walks until an unused slot, past every dummy a deletion left:
a set of small ints that keys come and go in (a search's sets of columns and
diagonals) walks about twelve slots per lookup. While every key of an ints table lies in
[-32, 32), bit k + 32 of `small_bits` says whether k is a key (`small_ok`); the first key
outside turns the filter off until the next resize finds all keys inside again. A key
that is there is no quicker to find: deletions leave it far from its first slot, behind
the dummies (about eleven slots away in such a search). So once the table has a dummy,
`small_slots[k + 32]` keeps the slot of each such key (-1 for none) until the next resize
(which moves keys and drops the dummies). Only find_int() and discard_int() read these;
the layout stays CPython's.

Lookups of int and str keys have loops of their own that never run Python code (in a
trace, a plain call); any other key, or an int meeting an equal-hash key of another type,
goes through the general comparison, which may call a user's __eq__.
"""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.objectmodel import specialize
from rpython.rlib import jit
from minipy.objects.intobject import W_IntObject, wrap_int, int_hash
from minipy.objects.strobject import W_StrObject

MINSIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5

# the filter's keys: SMALL_LOW <= k < SMALL_LOW + 64
SMALL_LOW = -32

# an ints table's unused slot: this key with hash 0
EMPTY_IKEY = 1

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


def is_unused(keys_w, ikeys, hashes, j):
    if keys_w is None:
        return hashes[j] == 0 and ikeys[j] == EMPTY_IKEY
    return keys_w[j] is None and hashes[j] == 0


def clean_slot(keys_w, ikeys, hashes, mask, h):
    """The slot a key of hash h takes in a table without dummies (resizes, copies): the
    first unused one of its probe sequence."""
    perturb = r_uint(h)
    i = r_uint(h) & r_uint(mask)
    while True:
        j = intmask(i)
        last = j
        if j + LINEAR_PROBES <= mask:
            last = j + LINEAR_PROBES
        while j <= last:
            if is_unused(keys_w, ikeys, hashes, j):
                return j
            j += 1
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + perturb) & r_uint(mask)


class SetTable(object):
    """hashes[i] and keys_w[i] or ikeys[i]: slot i (see the module docstring)."""

    def __init__(self, size=MINSIZE):
        self.keys_w = None
        self.ikeys = [EMPTY_IKEY] * size
        self.hashes = [0] * size
        self.mask = size - 1
        self.fill = 0
        self.used = 0
        self.finger = 0
        self.small_bits = r_uint(0)
        self.small_ok = True
        self.small_slots = None

    # ------------------------------------------------------------ the small-int filter

    def _small_add(self, k, slot):
        b = k - SMALL_LOW
        if 0 <= b < 64:
            self.small_bits |= r_uint(1) << b
            if self.small_slots is not None:
                self.small_slots[b] = slot
        else:
            self.small_ok = False
            self.small_slots = None

    def _small_remove(self, k):
        b = k - SMALL_LOW
        if 0 <= b < 64:
            self.small_bits &= ~(r_uint(1) << b)
            if self.small_slots is None:
                self._small_index()
            self.small_slots[b] = -1

    def _small_index(self):
        slots = [-1] * 64
        for j in range(len(self.hashes)):
            if self.is_active(j):
                slots[self.ikeys[j] - SMALL_LOW] = j
        self.small_slots = slots

    def _small_rebuild(self):
        """Turn the filter on if every key (ints storage) is in its range."""
        self.small_bits = r_uint(0)
        self.small_slots = None
        self.small_ok = self.keys_w is None
        if not self.small_ok:
            return
        for j in range(len(self.hashes)):
            if self.is_active(j):
                self._small_add(self.ikeys[j], j)
                if not self.small_ok:
                    return

    def _find_int_slot(self, k):
        if self.small_ok:
            b = k - SMALL_LOW
            if b < 0 or b >= 64 or not (self.small_bits >> b) & r_uint(1):
                return -1
            if self.small_slots is not None:
                return self.small_slots[b]
        return self._probe_int(k, int_hash(k), False)

    # ------------------------------------------------------------ slots

    def ints(self):
        """True while the keys are stored as machine ints."""
        return self.keys_w is None

    def size(self):
        return len(self.hashes)

    def is_active(self, j):
        if self.keys_w is None:
            hj = self.hashes[j]
            return hj != -1 and not (hj == 0 and self.ikeys[j] == EMPTY_IKEY)
        return self.keys_w[j] is not None

    def key_at(self, j):
        """The key in slot j (a fresh box in an ints table), or None."""
        if self.keys_w is None:
            if self.is_active(j):
                return wrap_int(self.ikeys[j])
            return None
        return self.keys_w[j]

    def to_objects(self):
        """Store the keys as objects from now on (same slots)."""
        if self.keys_w is not None:
            return
        ikeys = self.ikeys
        keys_w = [None] * len(ikeys)
        for j in range(len(ikeys)):
            if self.is_active(j):
                keys_w[j] = wrap_int(ikeys[j])
        self.keys_w = keys_w
        self.ikeys = None
        self.small_ok = False
        self.small_slots = None

    def _fresh_slots(self, size, ints):
        """Unused slots only, of storage `ints` or objects."""
        if ints:
            self.keys_w = None
            self.ikeys = [EMPTY_IKEY] * size
        else:
            self.keys_w = [None] * size
            self.ikeys = None
        self.hashes = [0] * size
        self.mask = size - 1

    # ------------------------------------------------------------ lookups

    def find(self, w_key, h):
        """The slot of w_key (whose hash is h), or -1."""
        # no loop here (in a trace, an int key's probe in an ints table is one plain
        # call, its box never made)
        if self.keys_w is None:
            if isinstance(w_key, W_IntObject):        # a bool finds 0 or 1
                return self._probe_int(w_key.intval, h, False)
            return self._find_boxing(w_key, h)
        return self._probe_any(w_key, h, False)

    def _find_boxing(self, w_key, h):
        while True:
            if self.keys_w is not None:
                return self._probe_any(w_key, h, False)
            j = self._probe_boxing(w_key, h)
            if j != UNDECIDED:
                return j
            # a comparison changed the table: look again from the start

    # The int entry points below are whole residual calls in a trace (hash, probe and
    # change together, the int passed unboxed). Ints table only.

    @jit.dont_look_inside
    def find_int(self, k):
        """The slot of int k, or -1."""
        return self._find_int_slot(k)

    @jit.dont_look_inside
    def add_int(self, k):
        """add() of int k; True when added."""
        return self._add_int(k, int_hash(k))

    @jit.dont_look_inside
    def discard_int(self, k):
        """discard() of int k; True when it was there."""
        j = self._find_int_slot(k)
        if j < 0:
            return False
        self.remove_at(j)
        return True

    def _probe_int(self, k, h, for_insert):
        """_probe for an int key in an ints table: no boxes, no Python code."""
        ikeys = self.ikeys
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
                kj = ikeys[j]
                hj = hashes[j]
                if kj == k and hj == h:
                    return j
                if hj == 0 and kj == EMPTY_IKEY:
                    if not for_insert:
                        return -1
                    if freeslot >= 0:
                        return -3 - freeslot
                    return -3 - j
                if hj == -1:
                    freeslot = j         # (the last dummy passed is the one reused)
                j += 1
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + perturb) & r_uint(mask)

    def _probe_boxing(self, w_key, h):
        """find() of a key other than an int in an ints table: each key of equal hash is
        boxed and compared (a float or a user object may equal an int). UNDECIDED when a
        comparison changed the table."""
        ikeys = self.ikeys
        hashes = self.hashes
        mask = self.mask
        perturb = r_uint(h)
        i = r_uint(h) & r_uint(mask)
        while True:
            j = intmask(i)
            last = j
            if j + LINEAR_PROBES <= mask:
                last = j + LINEAR_PROBES
            while j <= last:
                kj = ikeys[j]
                hj = hashes[j]
                if hj == 0 and kj == EMPTY_IKEY:
                    return -1
                if hj == h:
                    if keys_equal(wrap_int(kj), w_key):
                        return j
                    if (self.ikeys is not ikeys or hashes[j] != hj or
                            ikeys[j] != kj):
                        return UNDECIDED
                j += 1
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + perturb) & r_uint(mask)

    def _probe_any(self, w_key, h, for_insert):
        # (an objects table) no loop here: in a trace, an int or str key's probe is one
        # plain call
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
        """The slot of w_key in an objects table, or -1 when absent; with for_insert, an
        absent key's slot for insertion instead, as -3 - slot (the last dummy passed on
        the way, else the unused slot that ended the search). UNDECIDED: an int or str
        probe (kind INT_KEY, STR_KEY, which run no Python code) met an equal-hash key of
        another type, or a general comparison (ANY_KEY) changed the table."""
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
        if self.keys_w is None:
            if type(w_key) is W_IntObject:
                return self._add_int(w_key.intval, h)
            self.to_objects()
        j = self._probe_any(w_key, h, True)
        if j >= 0:
            return False
        slot = -3 - j
        self.keys_w[slot] = w_key
        return self._filled(slot, h)

    def _add_int(self, k, h):
        j = self._probe_int(k, h, True)
        if j >= 0:
            return False
        slot = -3 - j
        self.ikeys[slot] = k
        return self._filled(slot, h)

    def _filled(self, slot, h):
        """Slot `slot` (unused or a dummy) has just got a key of hash h."""
        if self.keys_w is None and self.small_ok:
            self._small_add(self.ikeys[slot], slot)
        if self.hashes[slot] == -1:          # a dummy: reused, fill unchanged
            self.hashes[slot] = h
            self.used += 1
            return True
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
        if self.keys_w is not None:
            self.keys_w[j] = None
        elif self.small_ok:
            self._small_remove(self.ikeys[j])
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
        old_ikeys = self.ikeys
        old_hashes = self.hashes
        if old_keys is None:
            self._fresh_slots(size, True)
            for j in range(len(old_hashes)):
                hj = old_hashes[j]
                if hj != -1 and not (hj == 0 and old_ikeys[j] == EMPTY_IKEY):
                    s = clean_slot(None, self.ikeys, self.hashes, self.mask, hj)
                    self.ikeys[s] = old_ikeys[j]
                    self.hashes[s] = hj
        else:
            self._fresh_slots(size, False)
            for j in range(len(old_keys)):
                w_k = old_keys[j]
                if w_k is not None:
                    hj = old_hashes[j]
                    s = clean_slot(self.keys_w, None, self.hashes, self.mask, hj)
                    self.keys_w[s] = w_k
                    self.hashes[s] = hj
        self.fill = self.used
        self.small_slots = None             # the keys moved; no dummies left
        if not self.small_ok:
            self._small_rebuild()

    def clear(self):
        self._fresh_slots(MINSIZE, True)
        self.fill = 0
        self.used = 0
        self.small_bits = r_uint(0)
        self.small_ok = True
        self.small_slots = None

    def pop_slot(self):
        """The slot pop() takes (the table holds at least one key): the first active one
        from the finger on, wrapping around; the finger moves past it."""
        j = self.finger & self.mask
        while not self.is_active(j):
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
        if self.fill == 0:
            # no keys and no dummies here: take the other table's storage
            if self.ints() != other.ints():
                self._fresh_slots(self.size(), other.ints())
            if self.mask == other.mask and other.fill == other.used:
                self.hashes = other.hashes[:]
                if other.keys_w is None:
                    self.ikeys = other.ikeys[:]
                else:
                    self.keys_w = other.keys_w[:]
            else:
                for j in range(other.size()):
                    if other.is_active(j):
                        hj = other.hashes[j]
                        s = clean_slot(self.keys_w, self.ikeys, self.hashes, self.mask, hj)
                        if self.keys_w is None:
                            self.ikeys[s] = other.ikeys[j]
                        else:
                            self.keys_w[s] = other.keys_w[j]
                        self.hashes[s] = hj
            self.fill = other.used
            self.used = other.used
            self._small_rebuild()
            return
        for j in range(other.size()):
            if other.is_active(j):
                if other.keys_w is None and self.keys_w is None:
                    self._add_int(other.ikeys[j], other.hashes[j])
                else:
                    self.add(other.key_at(j), other.hashes[j])

    # ------------------------------------------------------------ reading

    def live_keys(self):
        """The keys in iteration order."""
        res = []
        for j in range(self.size()):
            if self.is_active(j):
                res.append(self.key_at(j))
        return res

    def live_hashes(self):
        """The hashes of live_keys(), in the same order."""
        res = []
        for j in range(self.size()):
            if self.is_active(j):
                res.append(self.hashes[j])
        return res

    def copy_exact(self):
        """The same slots, dummies included: what a transaction's first write of a set
        mutates while the original stays as it was (the STM build)."""
        t = SetTable(0)
        if self.keys_w is None:
            t.ikeys = self.ikeys[:]
        else:
            t.keys_w = self.keys_w[:]
            t.ikeys = None
        t.hashes = self.hashes[:]
        t.mask = self.mask
        t.fill = self.fill
        t.used = self.used
        t.finger = self.finger
        t.small_bits = self.small_bits
        t.small_ok = self.small_ok
        if self.small_slots is not None:
            t.small_slots = self.small_slots[:]
        return t
