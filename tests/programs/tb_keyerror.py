# Whole traceback compared: KeyError inside a nested function call chain.
config = {"db": {"host": "localhost"}}


def get(section, key):
    values = config[section]
    if key not in values:
        raise KeyError(key)
    return values[key]


def connect():
    host = get("db", "host")
    print("host", host)
    get("db", "port")
    return host


connect()
