"""The shared kit every app may use: the lowest layer, importing nothing
from the project's other packages."""
