"""The default workspace configuration (also the sample workspace's config/)."""
