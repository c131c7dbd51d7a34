"""logging.config: dictConfig as CPython 3.11's: formatters, filters, handlers (by
'class' or a '()' factory, with level, formatter, filters, '.' properties and the
other keys as keyword arguments; a MemoryHandler's target by name), loggers (level,
propagate, handlers, filters), root, disable_existing_loggers and incremental;
"ext://module.attr" and "cfg://path" values; CPython's "Unable to configure ..."
errors with the cause chained.

Written for minipy, which has no __import__: a dotted name ('logging.StreamHandler',
'ext://sys.stdout', 'myapp.MyFilter') is resolved through the modules already
imported (sys.modules; logging, logging.handlers and __main__ always are). fileConfig
and listen are not provided."""

import re
import sys
import logging
import logging.handlers

__all__ = ['dictConfig', 'valid_ident', 'DictConfigurator', 'dictConfigClass']

_IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)
_PACKAGES = ('logging',)        # packages in CPython, plain modules here


def valid_ident(s):
    if not _IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, among the imported modules."""
    parts = name.split('.')
    modules = sys.modules
    if parts[0] not in modules:
        raise ImportError("No module named %r" % parts[0])
    used = parts[0]
    found = modules[used]
    for part in parts[1:]:
        longer = used + '.' + part
        if longer in modules:
            found = modules[longer]
        elif hasattr(found, part):
            found = getattr(found, part)
        elif used in _PACKAGES or hasattr(found, '__path__'):
            raise ImportError("No module named %r" % longer)
        else:
            raise ImportError("No module named %r; %r is not a package" % (longer, used))
        used = longer
    return found


_CONVERT = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_WORD = re.compile(r'^\s*(\w+)\s*')
_DOT = re.compile(r'^\.\s*(\w+)\s*')
_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_DIGITS = re.compile(r'^\d+$')


class DictConfigurator:
    """Applies one configuration dictionary."""

    def __init__(self, config):
        # (a copy: the sections are filled with the objects made, and the caller's
        # dictionary stays as it was)
        self.config = dict(config)
        for section in ('formatters', 'filters', 'handlers'):
            if isinstance(self.config.get(section), dict):
                self.config[section] = dict(self.config[section])

    # ------------------------------------------------------------ values

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, str(e).strip('"')))
            raise v from e

    def cfg_convert(self, value):
        """The value at a path such as 'handlers.console' or 'items[0]' of the
        configuration."""
        rest = value
        m = _WORD.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = _DOT.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = _INDEX.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                if _DIGITS.match(key):
                    try:
                        d = d[int(key)]
                    except TypeError:
                        d = d[key]
                else:
                    d = d[key]
            rest = rest[m.end():]
        return self.convert(d)

    def convert(self, value):
        """ext:// and cfg:// strings resolved; other values as they are."""
        if isinstance(value, str):
            m = _CONVERT.match(value)
            if m:
                prefix = m.group('prefix')
                if prefix == 'ext':
                    return self.resolve(m.group('suffix'))
                if prefix == 'cfg':
                    return self.cfg_convert(m.group('suffix'))
        return value

    def _items(self, config):
        return dict((k, self.convert(v)) for k, v in config.items())

    # ------------------------------------------------------------ objects

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {}
        for k, v in config.items():
            if valid_ident(k):
                kwargs[k] = self.convert(v)
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config = dict(config)
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        config = self._items(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname)
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        if defaults:
            kwargs['defaults'] = defaults
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(self.convert(config.get('name', '')))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = self.convert(config.pop('class', None))
            klass = cname if callable(cname) else self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(original)
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {}
        for k, v in config.items():
            if valid_ident(k):
                kwargs[k] = self.convert(v)
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)

    # ------------------------------------------------------------ the whole

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        # loggers: the existing ones not configured here are disabled (unless told
        # otherwise), and the descendants of configured ones reset
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                for other in existing[existing.index(name) + 1:]:
                    if other.startswith(prefix):
                        children.append(other)
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in children:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing
        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the module's docstring)."""
    dictConfigClass(config).configure()
