# enum.Flag/IntFlag permissions declared from the high bit down (rwx): combined members name their parts in definition order, iteration and aliases as CPython 3.11
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), list(rwx), len(rwx))
print(Perm.R | Perm.X, repr(Perm.X | Perm.W), Perm.RW, repr(Perm(6)), list(Perm))
print([m.name for m in Perm], Perm.RW in rwx, Perm.X in Perm.RW, ~Perm.R, repr(~Perm.RW))
print(repr(Mode.READ | Mode.EXEC), repr(Mode(3)), repr(Mode(9)), str(Mode.WRITE | Mode.READ), list(Mode(7)))
print(Style.UNDERLINE | Style.BOLD, repr(Style(5)), list(Style(7)), [s.value for s in Style])
for value in range(8):
    p = Perm(value)
    print(value, p.name, bool(p), [m.name for m in p])
