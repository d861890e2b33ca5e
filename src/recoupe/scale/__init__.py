"""Scale-out engines (optional extras, imported only when used)."""
