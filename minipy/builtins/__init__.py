"""Built-in functions, methods of the built-in types, and native modules."""
