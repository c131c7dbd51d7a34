"""The object model: one module per type family (see each module's docstring)."""
