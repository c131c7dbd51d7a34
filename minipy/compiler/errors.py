"""The one error the front end raises: a SyntaxError (or IndentationError/TabError)
found while lexing, parsing, building the AST or compiling.

It carries what CPython 3.11 shows for such an error, so the interpreter can print
    File "name.py", line N
      <source line>
      <spaces>^^^
    SyntaxError: <msg>
and turn it into a Python SyntaxError object (attributes msg, filename, lineno,
offset, end_lineno, end_offset, text). Lines are 1-based; offsets are 1-based columns
in code points, as CPython's SyntaxError.offset.
"""

SYNTAX_ERROR = 'SyntaxError'
INDENTATION_ERROR = 'IndentationError'
TAB_ERROR = 'TabError'


class CompileError(Exception):
    def __init__(self, msg, filename, lineno, offset, text,
                 end_lineno=0, end_offset=0, kind=SYNTAX_ERROR):
        self.msg = msg                  # e.g. "invalid syntax"
        self.filename = filename
        self.lineno = lineno
        self.offset = offset            # 1-based column of the first caret, 0 if none
        self.text = text                # the offending source line (UTF-8, no newline), '' if unknown
        self.end_lineno = end_lineno
        self.end_offset = end_offset    # 1-based column after the last caret, 0 if unknown
        self.kind = kind                # SYNTAX_ERROR, INDENTATION_ERROR or TAB_ERROR
        self.from_lexer = False         # raised by the tokenizer (not the parser)

    def __str__(self):
        return '%s: %s (%s, line %d)' % (self.kind, self.msg, self.filename, self.lineno)
