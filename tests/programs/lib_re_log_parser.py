# A web-server log parser: one verbose pattern with named groups, counts by status
# class, the busiest paths, and the lines that do not parse.
import re

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
10.0.0.7 - alice [12/Mar/2024:10:15:40 +0000] "POST /api/login HTTP/1.1" 302 0 "-" "curl/8.1"
192.168.1.10 - - [12/Mar/2024:10:16:01 +0000] "GET /images/logo.png HTTP/1.1" 304 - "http://example.com/" "Mozilla/5.0"
172.16.5.4 - - [12/Mar/2024:10:16:09 +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Wget/1.21"
this line is garbage
10.0.0.7 - alice [12/Mar/2024:10:17:45 +0000] "DELETE /api/items/42 HTTP/1.1" 404 87 "-" "curl/8.1"
192.168.1.11 - bob [12/Mar/2024:11:02:13 +0000] "GET /api/items?page=2&size=10 HTTP/2.0" 500 1534 "-" "Mozilla/5.0"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+      # client address
    \S+\s+(?P<user>\S+)\s+                   # identity, user
    \[(?P<day>\d\d)/(?P<month>\w{3})/(?P<year>\d{4})
      :(?P<time>\d\d:\d\d:\d\d)\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s[^"]+"\s+
    (?P<status>\d{3})\s(?P<size>\d+|-)
""", re.VERBOSE)

by_class = {}
paths = {}
total_bytes = 0
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    cls = m['status'][0] + 'xx'
    by_class[cls] = by_class.get(cls, 0) + 1
    paths[m.group('path')] = paths.get(m.group('path'), 0) + 1
    if m['size'] != '-':
        total_bytes += int(m['size'])
    user = m.group('user')
    print('%-13s %-6s %-20s %s %s%s' % (m['ip'], m['method'], m['path'], m['status'],
                                         'user=' + user if user != '-' else '',
                                         ' query=' + m['query'] if m['query'] else ''))
    if m['query']:
        params = dict(re.findall(r'(\w+)=([^&]*)', m['query']))
        print('   params:', params)

print('by class:', sorted(by_class.items()))
print('busiest:', max(sorted(paths), key=lambda p: paths[p]), paths)
print('bytes:', total_bytes, 'unparsed lines:', bad)
hours = re.findall(r':(\d\d):\d\d:\d\d ', LOG)
print('hours:', sorted(set(hours)), len(hours))
ips = re.findall(r'^(\d+\.\d+\.\d+\.\d+)', LOG, re.M)
print('distinct ips:', sorted(set(ips), key=lambda ip: [int(x) for x in ip.split('.')]))
m = LINE.match(LOG)
print(m.span('path'), m.start('status'), m.end(), m.lastgroup, m.lastindex, len(m.groups()))
print(sorted(m.groupdict().items()))
print(LINE.groups, sorted(LINE.groupindex.items())[:4])
