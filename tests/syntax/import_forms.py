# import statements
import math
import os.path
import math as m, sys as s
from math import sqrt
from math import (floor,
                  ceil as c,)
from os import path as p
print(math.pi > 3, m.floor(2.5), sqrt(16), floor(1.5), c(1.5), os.path is p, s is sys if False else 1)
