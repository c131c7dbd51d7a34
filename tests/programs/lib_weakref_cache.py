# A texture cache keyed by name that holds its textures weakly (WeakValueDictionary):
# loads happen once while a texture is in use, entries vanish once nothing uses them
# (checked after gc.collect()), plus get/setdefault/pop/copy/update and iteration.
import gc
import weakref


class Texture:
    loads = 0

    def __init__(self, name, size):
        Texture.loads += 1
        self.name = name
        self.size = size

    def __repr__(self):
        return "Texture(%r, %d)" % (self.name, self.size)


class TextureCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def load(self, name):
        tex = self._cache.get(name)
        if tex is None:
            tex = Texture(name, len(name) * 16)
            self._cache[name] = tex
        return tex

    def names(self):
        return sorted(self._cache.keys())


cache = TextureCache()
grass = cache.load("grass")
stone = cache.load("stone")
again = cache.load("grass")
print(again is grass, Texture.loads, cache.names(), len(cache._cache))

sprites = [cache.load(n) for n in ["water", "lava", "water", "sand"]]
print(Texture.loads, cache.names())
del sprites
gc.collect()
print("after dropping the sprites:", cache.names(), len(cache._cache))

del stone
gc.collect()
print("stone" in cache._cache, "grass" in cache._cache, cache._cache.get("stone", "gone"))
try:
    cache._cache["stone"]
except KeyError as e:
    print("KeyError", e)

lava = cache.load("lava")
print(Texture.loads, cache.names())
d = cache._cache
print(d.setdefault("grass", None) is grass, sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(t.name for t in d.values()))
snapshot = d.copy()
print(type(snapshot).__name__, sorted(snapshot))
print(d.pop("lava") is lava, d.pop("lava", "none"), sorted(d))
d.update({"dirt": lava}, rock=grass)
print(sorted(d), len(d))
print(len(d.valuerefs()), all(isinstance(r, weakref.KeyedRef) for r in d.valuerefs()))
print(sorted(r.key for r in d.itervaluerefs()))
del lava, grass, again
gc.collect()
print("all dropped:", list(d.keys()), len(d), len(snapshot))
del snapshot
gc.collect()
print(len(d), bool(d), dict(d))
d2 = weakref.WeakValueDictionary(a=Texture("x", 1))
gc.collect()
print(len(d2), list(d2))
