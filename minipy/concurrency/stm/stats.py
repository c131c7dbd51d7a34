"""Per-thread STM statistics: commits, aborts by cause, time lost, top conflict sites.

Each Transaction owns one TxStats and is the only writer; totals are summed after the
threads are done (or read racily for a progress line). Conflict sites are keyed by the
int site id the interpreter stores in `Transaction.site` (e.g. an index into its table
of (file, line)) and the type name of the object the conflict was found on.
"""
from rpython.rlib.rtimer import read_timestamp

CAUSE_WRITE_WRITE = 0
CAUSE_READ_WRITE = 1
CAUSE_INEVITABLE = 2     # lost to the inevitable transaction, or gave up waiting for it
N_CAUSES = 3
NO_OBJECT = "?"          # the type recorded for an abort found on no object
CAUSE_NAMES = ['write-write', 'read-write', 'inevitable']


def now_ticks():
    return read_timestamp()


class SiteNames(object):
    """How the report names an int site; the interpreter subclasses it (file:line)."""
    def name(self, site):
        return "%d" % site


class TxStats(object):
    def __init__(self):
        self.commits = 0
        self.inevitable_commits = 0
        self.aborts = [0] * N_CAUSES
        self.lost_ticks = 0          # ticks of work thrown away by aborts
        self.wait_ticks = 0          # ticks spent waiting (inevitable token, doomed owners)
        self.sites = {}              # "site:type" -> count

    def total_aborts(self):
        n = 0
        for a in self.aborts:
            n += a
        return n

    def record_abort(self, cause, site, typename, lost):
        self.aborts[cause] += 1
        self.lost_ticks += lost
        key = "%d:%s" % (site, typename)
        self.sites[key] = self.sites.get(key, 0) + 1

    def add(self, other):
        self.commits += other.commits
        self.inevitable_commits += other.inevitable_commits
        for i in range(N_CAUSES):
            self.aborts[i] += other.aborts[i]
        self.lost_ticks += other.lost_ticks
        self.wait_ticks += other.wait_ticks
        for key, n in other.sites.items():
            self.sites[key] = self.sites.get(key, 0) + n

    def named_sites(self, names):
        """The conflict counts keyed by what the report prints: "file:line in function
        (type)". Sites are instructions; several instructions of one line (a load and a
        store of `x.n += 1`) are one line for the user and count together."""
        named = {}
        for key, c in self.sites.items():
            i = key.find(":")
            assert i > 0
            typename = key[i + 1:]
            if typename == NO_OBJECT:
                typename = "no object: lost to the inevitable transaction"
            text = "%s (%s)" % (names.name(int(key[:i])), typename)
            named[text] = named.get(text, 0) + c
        return named

    def format(self, label, ticks_per_sec, names):
        """A human-readable block; ticks_per_sec converts the tick counts (0: show ticks);
        names (a SiteNames) turns site ids into text."""
        lines = "%s: %d commits (%d inevitable), %d aborts (write-write %d, read-write %d, " \
                "inevitable %d)" % (label, self.commits, self.inevitable_commits,
                                    self.total_aborts(), self.aborts[0], self.aborts[1],
                                    self.aborts[2])
        if ticks_per_sec > 0:
            lines += ", lost %dus, waited %dus" % (
                int(self.lost_ticks * 1000000.0 / ticks_per_sec),
                int(self.wait_ticks * 1000000.0 / ticks_per_sec))
        else:
            lines += ", lost %d ticks, waited %d ticks" % (self.lost_ticks, self.wait_ticks)
        lines += "\n"
        named = self.named_sites(names)
        for text in most_frequent(named, 5):
            lines += "  conflicts at %s: %d\n" % (text, named[text])
        return lines


def most_frequent(counts, n):
    """The n keys of `counts` (a dict str -> int) with the highest counts, most first
    (ties in key order)."""
    keys = []
    values = []
    for key, c in counts.items():
        keys.append(key)
        values.append(c)
    result = []
    while len(result) < n and len(keys) > 0:
        best = 0
        for i in range(1, len(keys)):
            if values[i] > values[best] or (values[i] == values[best] and keys[i] < keys[best]):
                best = i
        result.append(keys[best])
        del keys[best]
        del values[best]
    return result
