# A retry helper with exception filtering, a fake flaky service, and error accounting.


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


class Service:
    def __init__(self, plan):
        self.plan = list(plan)
        self.calls = 0

    def call(self):
        self.calls += 1
        outcome = self.plan.pop(0) if self.plan else "ok"
        if outcome == "transient":
            raise TransientError("try again (call %d)" % self.calls)
        if outcome == "fatal":
            raise FatalError("broken (call %d)" % self.calls)
        return "result after %d calls" % self.calls


def retry(fn, attempts, retry_on):
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            return fn(), errors
        except retry_on as e:
            errors.append(str(e))
    raise RuntimeError("gave up after %d attempts" % attempts)


plans = [[], ["transient"], ["transient", "transient"], ["transient", "fatal"],
         ["transient"] * 5]
for plan in plans:
    svc = Service(plan)
    try:
        result, errors = retry(svc.call, 3, TransientError)
        print("OK:", result, errors)
    except FatalError as e:
        print("FATAL:", e)
    except RuntimeError as e:
        print("GAVE UP:", e, "| context:", e.__context__)

stats = {"ok": 0, "value": 0, "type": 0, "zero": 0}
for item in ["10", "0", "abc", None, "5", "-2"]:
    try:
        100 // int(item)
        stats["ok"] += 1
    except ValueError:
        stats["value"] += 1
    except TypeError:
        stats["type"] += 1
    except ZeroDivisionError:
        stats["zero"] += 1
print(stats)
