# string quoting forms and escapes
a = 'single'; b = "double"; c = '''triple
single'''; d = """triple
double"""
print(a, b, c, d)
print('tab\there', "nl\\n", 'q\'s', "d\"q", '\x41\101\u00e9\U0001F600')
print(r'raw\n', R"raw\t", len(r'\\'))
print('\N{BULLET}', '\N{GREEK SMALL LETTER ALPHA}')
