"""A progress line on stderr: which run is going on, how many remain, and a time estimate."""
import sys
import time


class Progress:
    def __init__(self, total, stream=None, enabled=True):
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.t0 = time.time()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def _fmt(self, seconds):
        seconds = int(seconds)
        return "%d:%02d" % (seconds // 60, seconds % 60)

    def start(self, what):
        if not self.enabled:
            return
        elapsed = time.time() - self.t0
        if self.done:
            left = elapsed / self.done * (self.total - self.done)
            eta = "~%s left" % self._fmt(left)
        else:
            eta = "estimating"
        width = 20
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        line = "[%s] %d/%d %s | elapsed %s, %s" % (bar, self.done + 1, self.total, what,
                                                   self._fmt(elapsed), eta)
        if self.tty:
            self.stream.write("\r\033[K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish_one(self):
        self.done += 1

    def close(self):
        if self.enabled and self.tty:
            self.stream.write("\n")
            self.stream.flush()
