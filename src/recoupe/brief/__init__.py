"""Cited extractive briefing."""

from recoupe.brief.briefing import build_briefing, group_status

__all__ = ["build_briefing", "group_status"]
