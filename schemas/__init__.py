"""JSON Schemas shipped with perskamer."""
