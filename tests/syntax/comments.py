#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# comments everywhere
x = 1  # trailing
# between
    # indented comment
def f():
    # first line comment
    return x  # trailing
        # deeper comment
print(f())  # end
# final comment