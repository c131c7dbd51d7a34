# Ends with an uncaught custom exception with a custom __str__.


class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return "missing configuration key %r" % self.key


settings = {"host": "localhost"}
for key in ["host", "port"]:
    if key not in settings:
        raise ConfigError(key)
    print(key, settings[key])
