# A config validator that compiles user-supplied patterns; the last one is malformed and
# its re.error is not caught.
import re

RULES = [r'^[a-z_]+$', r'\d{2,4}', r'(?i)yes|no', r'[A-Z]{2}-\d+(']
for rule in RULES:
    p = re.compile(rule)
    print(rule, '->', p.groups, bool(p.search('ab-12 yes')))
