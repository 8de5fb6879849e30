"""Attributes computed when first read, as with `functools.cached_property`, without its lock."""


class cached_property:  # noqa: N801 - it stands for the functools one
    """`functools.cached_property` without the lock Python 3.11 takes at each first read (3.12 drops
    it): a page's derived texts are first read tens of times per page, always by one thread."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
