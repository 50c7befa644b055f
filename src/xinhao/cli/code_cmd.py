"""(placeholder: commands are registered here by their owner)"""
import click


def register(group: click.Group) -> None:
    pass
