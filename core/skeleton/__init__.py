"""Files `perskamer init` copies into a new workspace."""
