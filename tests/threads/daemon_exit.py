"""Daemon flags and the end of the program.

The daemon flag is inherited from the creating thread; setting it after start is an error.
At the end of the main module the program waits for the non-daemon thread (its line comes
last) but not for the daemon thread, which is blocked forever on an Event.
"""
import threading
import time

forever = threading.Event()
seen = {}
started = threading.Event()


def child():
    seen["child of daemon is daemon"] = threading.current_thread().daemon


def daemon_body():
    c = threading.Thread(target=child)
    seen["created in daemon"] = c.daemon
    c.start()
    c.join()
    started.set()
    forever.wait()
    print("never printed")


d = threading.Thread(target=daemon_body, daemon=True)
print("daemon", d.daemon, "main daemon", threading.main_thread().daemon)
print("default daemon", threading.Thread(target=child).daemon)
d.start()
started.wait()
print(sorted(seen.items()))
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
x = threading.Thread(target=child)
x.daemon = True
print("set before start", x.daemon)


main_done = threading.Event()


def slow():
    main_done.wait()
    time.sleep(0.05)
    print("non-daemon thread finished after the main module")


threading.Thread(target=slow).start()
print("main module done")
main_done.set()
