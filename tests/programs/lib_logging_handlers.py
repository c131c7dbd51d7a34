# logging.handlers: an audit log that rotates by size (RotatingFileHandler with a
# namer), a MemoryHandler that holds debug records until an error arrives, a
# BufferingHandler subclass that batches, and a QueueHandler/QueueListener pair that
# hands records to a worker thread.
import logging
import logging.handlers
import os
import queue
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

# size-based rotation: old files become .1, .2 (named *.tmp here by a namer)
base = "lib_logging_handlers.tmp"


def namer(name):
    return name + ".tmp"


def cleanup():
    for name in [base, base + ".1.tmp", base + ".2.tmp", base + ".3.tmp"]:
        if os.path.exists(name):
            os.remove(name)


cleanup()
audit = logging.getLogger("audit")
audit.propagate = False
rot = logging.handlers.RotatingFileHandler(base, maxBytes=60, backupCount=2)
rot.namer = namer
rot.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
audit.addHandler(rot)
for i in range(9):
    audit.warning("event number %d", i)
rot.close()
for name in [base, base + ".1.tmp", base + ".2.tmp", base + ".3.tmp"]:
    if os.path.exists(name):
        with open(name) as f:
            print(name, repr(f.read()))
    else:
        print(name, "missing")
cleanup()
print(type(rot).__name__, rot.maxBytes, rot.backupCount, rot.mode,
      isinstance(rot, logging.FileHandler))

# MemoryHandler: debug context is only written when something goes wrong
job = logging.getLogger("job")
job.setLevel(logging.DEBUG)
job.propagate = False
mem = logging.handlers.MemoryHandler(capacity=10, flushLevel=logging.ERROR, target=out)
job.addHandler(mem)
job.debug("step 1")
job.debug("step 2")
print("buffered:", [r.getMessage() for r in mem.buffer])
job.error("step 3 failed")
print("buffered after the error:", len(mem.buffer))
for i in range(12):
    job.debug("tick %d", i)
print("left in the buffer:", [r.getMessage() for r in mem.buffer])
mem.close()
print("after close:", mem.buffer, mem.target)


class Batcher(logging.handlers.BufferingHandler):
    def flush(self):
        if self.buffer:
            print("batch of", len(self.buffer), ":", ", ".join(self.format(r) for r in self.buffer))
        super().flush()


batch = logging.getLogger("batch")
batch.propagate = False
b = Batcher(3)
batch.addHandler(b)
for word in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    batch.warning(word)
b.close()

# QueueHandler in the program, QueueListener in a worker thread
q = queue.Queue()
worker_log = logging.getLogger("worker")
worker_log.propagate = False
qh = logging.handlers.QueueHandler(q)
worker_log.addHandler(qh)
listener = logging.handlers.QueueListener(q, out)
listener.start()
worker_log.warning("queued %s", "one")
try:
    1 / 0
except ZeroDivisionError:
    worker_log.exception("queued with a traceback")
worker_log.error("queued three")
listener.stop()
print("queue empty:", q.empty())
q2 = queue.Queue()
qh2 = logging.handlers.QueueHandler(q2)
record = logging.makeLogRecord({"name": "x", "msg": "%s + %s", "args": (1, 2),
                                "levelno": 30, "levelname": "WARNING"})
qh2.handle(record)
queued = q2.get_nowait()
print(queued.msg, queued.args, queued.message, record.msg, record.args)
strict = logging.handlers.QueueListener(q2, out, respect_handler_level=True)
out.setLevel(logging.ERROR)
strict.handle(logging.makeLogRecord({"name": "q", "msg": "dropped", "levelno": 30,
                                     "levelname": "WARNING"}))
strict.handle(logging.makeLogRecord({"name": "q", "msg": "kept", "levelno": 40,
                                     "levelname": "ERROR"}))
