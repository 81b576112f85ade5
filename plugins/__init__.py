"""Built-in plugins. Each module registers exactly like a third-party plugin."""
