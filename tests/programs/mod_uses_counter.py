# Helper module for imp_* programs: imports another helper module and changes its state.
import mod_counter


def bump_twice():
    mod_counter.bump()
    return mod_counter.bump()
