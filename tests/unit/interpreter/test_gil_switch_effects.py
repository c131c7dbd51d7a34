"""The JIT must treat gil.periodic() -- where a thread may hand the GIL to another --
as a call after which any object may have changed; otherwise a trace keeps field values
it read before the switch and loses the other thread's writes. rgil's own yield call is
declared without effects on GC objects, so periodic() calls an empty C function that is
declared with them. Checked with rpython's own effect analysis on the rtyped graphs."""
import rpython.tool.version as _v
_v.maywarn = lambda *a, **k: None

from rpython.translator.translator import TranslationContext
from rpython.jit.codewriter.effectinfo import RandomEffectsAnalyzer
from rpython.rlib import rgil

from minipy.concurrency import gil
from minipy.interpreter.executioncontext import ExecutionContext


def _analyzer_and_graphs(entry):
    t = TranslationContext()
    t.buildannotator().build_types(entry, [])
    t.buildrtyper().specialize()
    graphs = dict((g.name, g) for g in t.graphs)
    return RandomEffectsAnalyzer(t), graphs


def _graph(graphs, prefix):
    found = [g for name, g in graphs.items() if name.startswith(prefix)]
    assert found, sorted(graphs)
    return found[0]


def test_periodic_has_random_effects_on_the_heap():
    ec = ExecutionContext()

    def entry():
        gil.threads_started()        # (else the annotator folds the yield away)
        gil.set_switch_interval(0.001)
        ec.atomic_depth = 0
        gil.periodic(ec)
    analyzer, graphs = _analyzer_and_graphs(entry)
    assert analyzer.analyze_direct_call(_graph(graphs, 'periodic'))


def test_rgil_yield_alone_would_not():
    # what made the fix necessary: without our call, the analysis says "no effects"
    def entry():
        rgil.yield_thread()
    analyzer, graphs = _analyzer_and_graphs(entry)
    assert not analyzer.analyze_direct_call(_graph(graphs, 'yield_thread'))
