"""kb.core is the lowest layer: it imports Django, Wagtail, libraries and
itself, never another part of the project, and never hides an import inside
a function."""

import ast
import sys
from pathlib import Path

import pytest

import kb.core

CORE = Path(kb.core.__file__).parent
PROJECT_PACKAGES = {
    "kb",
    "home",
    "methods",
    "networks",
    "corps",
    "search",
    "demo",
    "offers",
    "agreements",
    "accounts",
}
SOURCES = sorted(CORE.rglob("*.py"))


def imported_modules(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "use absolute imports"
            names.append(node.module or "")
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_core_imports_only_django_libraries_and_itself(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for module in imported_modules(tree):
        top = module.split(".")[0]
        if top in PROJECT_PACKAGES:
            assert module == "kb.core" or module.startswith("kb.core."), (
                f"{path.name} imports {module}"
            )
        else:
            assert top in sys.stdlib_module_names or top in {
                "django",
                "wagtail",
                "django_tasks",
                "django_tasks_db",
                "icalendar",
                "openpyxl",
                "csp",
            }, f"{path.name} imports {module}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_core_has_no_function_local_imports(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        # AppConfig.ready() is where Django wants registrations imported.
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not (
            path.name == "apps.py" and node.name == "ready"
        ):
            for inner in ast.walk(node):
                assert not isinstance(inner, ast.Import | ast.ImportFrom), (
                    f"{path.name}: import inside {node.name}()"
                )
