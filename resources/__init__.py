"""Bundled resources: icons, styles, the report schema, the sample pair.

Find files here only through compare.resources.resource_path().
"""
