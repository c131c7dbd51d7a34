"""Every STM unit test starts from a freshly initialised runtime with a small orec table,
with the barriers enabled (as in the STM build) and disabled again afterwards, so that
other tests in the same process see the default (GIL) build's behaviour."""
import pytest
from minipy.concurrency.stm import shared, atomics, threadstate, barriers


@pytest.fixture(autouse=True)
def fresh_runtime(request):
    shared.init(shared.MODE_STM, orec_bits=10, max_aborts=3)
    threadstate._current.set(None)
    atomics.sim.hook = None
    barriers.ENABLED = True

    def restore():
        barriers.ENABLED = False
        threadstate._current.set(None)
        atomics.sim.hook = None
    request.addfinalizer(restore)
