"""The cited briefing of a story."""

from recoupe.brief.briefing import build_briefing

__all__ = ["build_briefing"]
