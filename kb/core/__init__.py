"""The shared kit: the lowest layer of the project (Django, Wagtail and
third-party libraries only, never another app of the project)."""
