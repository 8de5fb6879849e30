"""A holdout part being written (HOLDOUT.md); it holds no commune yet."""


def cities():
    return []


def hosts():
    return {}
