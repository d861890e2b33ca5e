"""French lexicons as data: reporting verbs, modality cues, entity shapes, date words."""
