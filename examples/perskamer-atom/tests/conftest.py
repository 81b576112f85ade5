# The perskamer_workspace fixture (a workspace with three sample reports in tmp_path).
pytest_plugins = ["perskamer.testing"]
