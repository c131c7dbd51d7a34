# Package for imp_* programs with a nested subpackage.
