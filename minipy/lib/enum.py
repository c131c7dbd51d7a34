"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as CPython 3.11 shows
them (`<Color.RED: 1>`, `Color.RED`, `<enum 'Color'>`, "3 is not a valid Color").

EnumType, the metaclass, takes the members out of the class body (names that are not
dunder or sunder names, nor descriptors such as methods and properties), makes each one
an instance of the new class, and keeps them in `_member_names_` (definition order,
aliases left out), `_member_map_` (name -> member, aliases included) and
`_value2member_map_`. Calling the class looks a member up by value; subscripting it, by
name. Flags combine into pseudo-members made on first use (`<Perm.R|W: 3>`)."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP"]


class auto:
    """Stands for the next value: 1, 2, 3... (Enum), powers of two (Flag), the
    lower-cased name (StrEnum)."""
    _counter = 0

    def __init__(self):
        self.value = None
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and \
        name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and \
        name[-2] != "_"


_DESCRIPTOR_TYPES = (type(_is_dunder), staticmethod, classmethod, property)


def _is_descriptor(obj):
    return isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, "__get__") or \
        hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(pattern) and not name.endswith("__")


# the sunder names a class body may bind (CPython's, and those this module sets itself)
_SUNDER_NAMES = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                 "_ignore_", "_iter_member_", "_iter_member_by_value_",
                 "_iter_member_by_def_", "_value_repr_")


def _takes_member(key, value, ignore):
    """Does `key = value` in an enum's class body make a member?"""
    return not (key in ignore or key == "_ignore_" or isinstance(value, nonmember) or
                _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or
                isinstance(value, type))


class _EnumDict(dict):
    """The namespace of an enum's class body (EnumType.__prepare__): an auto() takes its
    value as soon as it is bound, so that the body itself can use it (`AB = A | B`), and a
    name cannot be bound twice."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._set_sunder(key, value)
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif _takes_member(key, value, self._ignore):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value.value = self._resolve(key, value.value)
            else:
                value = self._resolve(key, value)
            self._member_names.append(key)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _SUNDER_NAMES:
            raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                             % (key,))
        if key == "_generate_next_value_":
            if self._auto_used:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key == "_ignore_":
            names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError("_ignore_ cannot specify already set names: %r"
                                 % (already,))
            self._ignore = names

    def _next_value(self, key, a):
        if a.value is None:
            a.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
            self._auto_used = True
        self._last_values.append(a.value)
        return a.value

    def _resolve(self, key, value):
        """value with its auto()s replaced by their values (alone, or in a tuple)."""
        if isinstance(value, auto):
            return self._next_value(key, value)
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            return tuple([self._next_value(key, v) if isinstance(v, auto) else v
                          for v in value])
        self._last_values.append(value)
        return value


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        if bases and isinstance(bases[-1], EnumType):
            generate = bases[-1]._generate_next_value_
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, member):
                members.append((key, value.value))
            elif isinstance(value, nonmember):
                body[key] = value.value
            elif _is_private(cls, key) or not _takes_member(key, value, ignore):
                body[key] = value
            else:
                members.append((key, value))
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError("%s cannot extend %r" % ("<enum %r>" % cls, first_enum))
        invalid = sorted(set(name for name, _ in members) & {"mro", ""})
        if invalid:
            raise ValueError("invalid enum member name(s) %s"
                             % ",".join(repr(name) for name in invalid))
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # the data type's repr/str/format must not hide the enum's (int.__repr__ comes
        # before Enum.__repr__ in IntEnum's MRO)
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in classdict:
                    found = getattr(enum_class, name, None)
                    if found is getattr(member_type, name, None) or \
                            found is getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        # auto() values, in definition order
        gen = enum_class._generate_next_value_
        last_values = []
        resolved = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                vals = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is None:
                            v.value = gen(name, 1, len(last_values), last_values[:])
                        v = v.value
                    vals.append(v)
                value = tuple(vals)
            last_values.append(value)
            resolved.append((name, value))
        new = body.get("__new__")
        for name, value in resolved:
            enum_class._add_member_(name, value, new)
        if boundary is not None:
            type.__setattr__(enum_class, "_boundary_", boundary)
        if Flag is not None and issubclass(enum_class, Flag):
            _set_flag_masks(enum_class)
        return enum_class

    def _add_member_(cls, name, value, new):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if new is not None:
            enum_member = new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                enum_member = existing        # an alias
                break
        else:
            if not (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                    and (value == 0 or value & (value - 1))):
                # (a Flag's members of no bit or several bits are left out of iteration)
                cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            if value not in cls._value2member_map_:
                cls._value2member_map_[value] = enum_member
        except TypeError:
            cls._unhashable_values_.append(enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls) and value.__class__ is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except _Ejected as e:
            return e.value
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid "
                        "member" % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            items = []
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                items.append((name, value))
            names = items
        elif isinstance(names, dict):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __getattr__(cls, name):
        # (3.11's: a missing attribute's AttributeError says only its name)
        if not _is_dunder(name):
            members = cls.__dict__.get("_member_map_", {})
            if name in members:
                return members[name]
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__",
                 "__iter__", "__len__", "__members__", "__module__", "__name__",
                 "__qualname__"}
        names.update(cls._member_names_)
        for klass in cls.__mro__[:-1]:
            if klass is not Enum and "__new__" in klass.__dict__ and \
                    klass._member_type_ is object:
                names.add("__new__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: `class Color(Enum): RED = 1`."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") \
            else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        if self._member_type_ is object:
            names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        else:
            names = set(object.__dir__(self))
        names.update([n for n in getattr(self, "__dict__", ()) if n[0] != "_"])
        for klass in type(self).__mro__:
            names.update([n for n in klass.__dict__
                          if n[0] != "_" and n not in self._member_map_])
        return sorted(names)

    def _read_only(self, name):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (name,))

    def _undeletable(self, name):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % (name,))

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @name.setter
    def name(self, value):
        self._read_only("name")

    @name.deleter
    def name(self):
        self._undeletable("name")

    @property
    def value(self):
        """The member's value."""
        return self._value_

    @value.setter
    def value(self, value):
        self._read_only("value")

    @value.deleter
    def value(self):
        self._undeletable("value")


class ReprEnum(Enum):
    """Members whose str() and format() are their value's (IntEnum, StrEnum, IntFlag)."""

    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Members are also ints."""
    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) != 1 or not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits of no member: STRICT raises
    ValueError (Flag's default), CONFORM drops them, EJECT gives the plain int, KEEP
    keeps them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _set_flag_masks(flag_class):
    """_flag_mask_ (the bits of all members), _singles_mask_ (of the one-bit members)
    and _all_bits_ (all ones up to the highest member bit)."""
    mask = singles = 0
    for m in flag_class._member_map_.values():
        mask |= m._value_
        if _is_single_bit(m._value_):
            singles |= m._value_
    type.__setattr__(flag_class, "_flag_mask_", mask)
    type.__setattr__(flag_class, "_singles_mask_", singles)
    type.__setattr__(flag_class, "_all_bits_", 2 ** mask.bit_length() - 1)


def _bits(value, width):
    """A value in binary as Flag's errors show it: '0b0 1001' (sign digit apart,
    two's complement for negative values)."""
    if value >= 0:
        return "0b0 " + format(value, "b").zfill(width)
    n = value.bit_length()
    digits = format(value & (2 ** n - 1), "b").zfill(n)
    return "0b1 " + digits.rjust(width, "1")


class _Ejected(Exception):
    """Raised by _flag_within_boundary for an EJECT flag's value out of bounds: the
    lookup gives that int itself."""

    def __init__(self, value):
        self.value = value


def _flag_within_boundary(cls, value):
    """value as the class's boundary makes it when it has bits of no member or lies
    outside the members' range (ValueError for STRICT)."""
    mask = cls._flag_mask_
    all_bits = cls._all_bits_
    if ~all_bits <= value <= all_bits and not value & (all_bits ^ mask):
        return value
    boundary = cls._boundary_
    if boundary is STRICT:
        width = max(value.bit_length(), mask.bit_length())
        raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                         % (cls, value, _bits(value, width), _bits(mask, width)))
    if boundary is CONFORM:
        return value & mask
    if boundary is EJECT:
        raise _Ejected(int(value))
    if value < 0:                                 # KEEP
        value += max(all_bits + 1, 2 ** value.bit_length())
    return value


def _flag_pseudo_name(cls, value):
    """'A|B' for the members whose bits value has (one-bit members first, in
    definition order, then the others), then the bits of none; None if no member's."""
    singles = cls._singles_mask_
    if not value & cls._flag_mask_:
        return None
    parts = [m for m in [cls._member_map_[n] for n in cls._member_names_]
             if _is_single_bit(m._value_) and value & m._value_ == m._value_]
    if value & ~singles:
        for m in cls._member_map_.values():
            if m not in parts and m._value_ and value & m._value_ == m._value_:
                parts.append(m)
    covered = 0
    for m in parts:
        covered |= m._value_
    if not covered:
        return None
    extra = value ^ covered
    if extra and cls._boundary_ is STRICT:
        raise ValueError("%r: no members with value %r" % (cls, extra))
    names = [m._name_ for m in parts]
    if extra:
        names.append(repr(extra))
    return "|".join(names)


class Flag(Enum, boundary=STRICT):
    """Members combine with |, &, ^ and ~; auto() gives powers of two."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** (last.bit_length())

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member of a combination of flags, made on first use."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        value = _flag_within_boundary(cls, value)
        negative = None
        if value < 0:
            negative = value
            value += cls._all_bits_ + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = _flag_pseudo_name(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") \
            else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        for m in [self._member_map_[n] for n in self._member_names_]:
            v = m._value_
            if v and v & (v - 1) == 0 and self._value_ & v == v:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


for _name in ("_flag_mask_", "_singles_mask_", "_all_bits_"):
    type.__setattr__(Flag, _name, 0)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""
    _value_repr_ = int.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator: no two names for one value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
