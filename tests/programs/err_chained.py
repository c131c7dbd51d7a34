# Ends with a chained exception (raise from): only the last line of stderr is compared.


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad port " + repr(text)) from e


print(parse_port("8080"))
print(parse_port("eighty"))
