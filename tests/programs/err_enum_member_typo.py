# A mistyped enum member: 3.11's AttributeError says only the name, with its "Did you mean" hint
from enum import Enum


class Light(Enum):
    RED = "stop"
    AMBER = "wait"
    GREEN = "go"


def next_light(light):
    order = [Light.RED, Light.GREEN, Light.AMBER]
    return order[(order.index(light) + 1) % len(order)]


light = Light.RED
for _ in range(4):
    print(light.name, light.value)
    light = next_light(light)
print(Light.GREN)
