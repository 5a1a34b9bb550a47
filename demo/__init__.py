"""The demo site: its content as TOML files and the loader that builds it.

Installed only in the dev and test settings; production never knows it.
"""
