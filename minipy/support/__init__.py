"""minipy.support: pure RPython helpers that give CPython 3.11's exact behaviour
for number and text formatting/parsing, str methods and random numbers.

Every module works on plain RPython values (str holding UTF-8, int, float,
rbigint, lists) and never on interpreter objects.  Errors are raised as
minipy.support.errors.SupportError(exc_name, msg) carrying the CPython
exception type name and its exact message.  Each module's docstring
documents its API.

  errors      SupportError
  utf8        code point <-> byte helpers for UTF-8 str
  unicodedb   the Unicode database in use (rpython's 8.0.0)
  floatfmt    repr(float), PyOS_double_to_string
  formatspec  format(x, spec) for int / float / str
  strformat   str.format parsing (fields, conversions, nested specs)
  percentfmt  str % args parsing and rendering
  numparse    int(s, base), float(s), str/bin/oct/hex of ints, round()
  strrepr     repr()/ascii() of str, repr of bytes
  strsearch   find/rfind/index/count/startswith/endswith/replace
  strsplit    split/rsplit/splitlines/partition/strip
  strcase     upper/lower/casefold/title/... and the is*() predicates
  strpad      center/ljust/rjust/zfill/expandtabs, slicing, repeat
  strencode   str.encode / bytes.decode (utf-8, ascii, latin-1)
  mt19937     CPython's Mersenne Twister (random.seed(n) sequences)
  numhash     hash() of int / float / tuple as CPython
  floatops    float //, %, divmod, / with CPython's results and messages
"""
