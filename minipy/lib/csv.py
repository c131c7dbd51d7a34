"""csv: reading and writing comma-separated values as CPython 3.11's module does (its
parser's states and its writer's quoting rules are those of CPython's _csv): reader,
writer, DictReader, DictWriter, the dialects excel, excel-tab and unix, register_dialect/
get_dialect/list_dialects/unregister_dialect, field_size_limit, the QUOTE_* constants
and csv.Error, over any iterable of lines (files opened with newline='', io.StringIO)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """field_size_limit([limit]): the maximum field size the parser allows; sets a new
    one when given, returning the old."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _field_limit = args[0]
    return old


def _char_attr(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                        if allow_none else
                        '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectState:
    """The validated parameters of a reader or writer (CPython's _csv.Dialect)."""

    def __init__(self, dialect, fmtparams):
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def get(name, default):
            if name in fmtparams:
                return fmtparams[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        for name in fmtparams:
            if name not in ("delimiter", "doublequote", "escapechar", "lineterminator",
                            "quotechar", "quoting", "skipinitialspace", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        quoting = get("quoting", QUOTE_MINIMAL)
        if quoting is None:
            quoting = 'None'
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.delimiter = _char_attr("delimiter", get("delimiter", ","), ",", False)
        self.doublequote = bool(get("doublequote", True))
        self.escapechar = _char_attr("escapechar", get("escapechar", None), None, True)
        lt = get("lineterminator", "\r\n")
        if lt is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        qc = get("quotechar", '"')
        self.quotechar = _char_attr("quotechar", qc, '"', True)
        if self.quotechar is None and "quoting" not in fmtparams and \
                (dialect is None or getattr(dialect, "quoting", None) is None or
                 "quotechar" in fmtparams):
            quoting = QUOTE_NONE
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.quoting = quoting
        self.skipinitialspace = bool(get("skipinitialspace", False))
        self.strict = bool(get("strict", False))


class Dialect:
    """Describe a CSV dialect: subclass it and set its attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _DialectState(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _DialectState(dialect, fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


_dialects["excel"] = _DialectState(excel, {})
_dialects["excel-tab"] = _DialectState(excel_tab, {})
_dialects["unix"] = _DialectState(unix_dialect, {})

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class _Reader:
    """Iterates over the records of an iterable of lines, as lists of strs."""

    def __init__(self, csvfile, dialect, fmtparams):
        self.input_iter = iter(csvfile)
        self.dialect = _DialectState(dialect, fmtparams)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self.fields = []
        self.field = []
        self.state = _START_RECORD
        self.numeric_field = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self.field)
        self.field = []
        if self.numeric_field:
            self.numeric_field = False
            field = float(field)
        self.fields.append(field)

    def _add_char(self, c):
        if len(self.field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self.field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self.state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self.state = _EAT_CRNL
                return
            state = self.state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self.state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self.state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self.state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self.numeric_field = True
                self._add_char(c)
                self.state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self.state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self.state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self.state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self.state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self.state = _START_FIELD
            else:
                # (the state stays: after an escaped newline, an end of line is
                # ignored until a newline, delimiter or escape, as in CPython)
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self.state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self.state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self.state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self.state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self.state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self.state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self.state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self.state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self.state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self.input_iter)
            except StopIteration:
                if len(self.field) != 0 or self.state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self.state == _START_RECORD:
                break
        fields = self.fields
        self.fields = []
        return fields


def _is_number(x):
    """What PyNumber_Check says: an int, float or complex, or a type with __index__,
    __int__ or __float__."""
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _Writer:
    """Writes rows (iterables of values) to a file object as delimited lines."""

    def __init__(self, fileobj, dialect, fmtparams):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _DialectState(dialect, fmtparams)

    def _field_text(self, field, quoted, out):
        d = self.dialect
        special = (d.delimiter, d.escapechar, d.quotechar)
        chars = []
        for c in field:
            want_escape = False
            if c in special or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        if quoted:
            out.append(d.quotechar + ''.join(chars) + d.quotechar)
        else:
            out.append(''.join(chars))

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        out = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            self._field_text(text, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        line = d.delimiter.join(out) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the records (lists of strs) of csvfile's lines."""
    return _Reader(csvfile, dialect, fmtparams)


def writer(fileobj, dialect='excel', **fmtparams):
    """An object whose writerow/writerows write records to fileobj."""
    return _Writer(fileobj, dialect, fmtparams)


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default, the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
