# non-ASCII identifiers and strings
café = 'crème'
π = 3.14
日本 = '語'
print(café, π, 日本, len('ünïcödé'), 'ß'.upper())
