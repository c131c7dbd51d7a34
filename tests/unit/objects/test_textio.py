# -*- coding: utf-8 -*-
"""Text mode of files (minipy/builtins/textio.py) where small test programs do not reach:
a '\\r\\n' pair and a UTF-8 character cut by the end of the 64 KiB read buffer, and tell()
after reads that translated newlines. Expected values are computed here from the file's
bytes with Python 2's own str/unicode operations, not by the code under test."""
import os
import tempfile
from minipy.objects.fileobject import W_File
from minipy.builtins import textio

CHUNK = 65536      # W_File's read size


def open_file(data, newline=None, encoding='utf-8'):
    fd, path = tempfile.mkstemp()
    os.write(fd, data)
    os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    os.unlink(path)
    return W_File(fd, path, 'r', encoding=encoding, newline=newline)


def universal(data):
    return data.replace('\r\n', '\n').replace('\r', '\n')


def test_crlf_cut_by_the_buffer_end():
    data = 'a' * (CHUNK - 1) + '\r\n' + 'second\rthird\n'
    w_f = open_file(data)
    lines = []
    while True:
        line = textio.read_line(w_f, -1)
        if not line:
            break
        lines.append(line)
    assert lines == universal(data).splitlines(True)
    assert lines[0] == 'a' * (CHUNK - 1) + '\n'


def test_crlf_cut_by_the_buffer_end_kept_with_empty_newline():
    data = 'b' * (CHUNK - 1) + '\r\nnext\r'
    w_f = open_file(data, newline='')
    assert textio.read_line(w_f, -1) == 'b' * (CHUNK - 1) + '\r\n'
    assert textio.read_line(w_f, -1) == 'next\r'
    assert textio.read_line(w_f, -1) == ''


def test_read_chars_across_the_buffer_end():
    # a 3-byte character whose bytes straddle the 64 KiB boundary, then '\r\n' straddling
    euro = u'\u20ac'.encode('utf-8')
    data = 'x' * (CHUNK - 1) + euro + 'y' * (CHUNK - 3) + '\r\n' + 'z'
    w_f = open_file(data)
    text = universal(data).decode('utf-8')
    got = []
    while True:
        piece = textio.read_chars(w_f, 1000)
        if not piece:
            break
        assert len(piece.decode('utf-8')) <= 1000
        got.append(piece)
    assert ''.join(got).decode('utf-8') == text


def test_read_chars_counts_characters():
    data = u'na\u00efve caf\u00e9 \u2615 ok'.encode('utf-8')
    w_f = open_file(data)
    assert textio.read_chars(w_f, 3).decode('utf-8') == u'na\u00ef'
    assert textio.read_chars(w_f, 8).decode('utf-8') == u've caf\u00e9 '
    assert textio.read_line(w_f, 1).decode('utf-8') == u'\u2615'
    assert textio.read_all(w_f) == ' ok'


def test_tell_is_the_byte_position_after_translation():
    data = 'one\r\ntwo\rthree\n'
    w_f = open_file(data)
    assert textio.read_line(w_f, -1) == 'one\n'
    assert w_f.tell() == len('one\r\n')
    assert textio.read_line(w_f, -1) == 'two\n'
    assert w_f.tell() == len('one\r\ntwo\r')
    w_f.seek(len('one\r\n'), 0)
    assert textio.read_all(w_f) == 'two\nthree\n'


def test_latin1_counts_bytes_as_characters():
    data = u'd\u00e9j\u00e0'.encode('latin-1')
    w_f = open_file(data, encoding='latin-1')
    assert textio.read_chars(w_f, 2) == data[:2]
    assert textio.read_line(w_f, 5) == data[2:]
