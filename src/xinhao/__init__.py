"""xinhao (信号): Chinese news -> PLOVER/CAMEO political events."""
__version__ = "0.1.0"

from .options import Options, load_options  # noqa: E402,F401


def __getattr__(name):  # lazy: importing xinhao stays cheap
    if name in ("code_text", "code_article", "code_paths", "Pipeline"):
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(name)
