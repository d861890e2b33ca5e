"""recoupe: cross-check the news. Build a sourced knowledge base from a pile of articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from recoupe.api import Dossier


def __getattr__(name: str) -> Any:  # lazy: `import recoupe` stays light
    if name == "Dossier":
        from recoupe.api import Dossier

        return Dossier
    raise AttributeError(name)


__all__ = ["Dossier", "__version__"]
