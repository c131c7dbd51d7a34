"""The STM build's runtime patches still match the rpython sources they rewrite."""
from minipy.build import parallel_runtime


def test_every_patch_applies_to_rpython_sources():
    src = parallel_runtime.rpython_c_src()
    for name in parallel_runtime.TLS_PATCHES:
        text = parallel_runtime.patched(src.join(name).read(), name)
        for old, new in parallel_runtime.TLS_PATCHES[name]:
            assert new in text and old not in text.replace(new, "")
