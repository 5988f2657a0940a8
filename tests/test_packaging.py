"""The PyInstaller spec and the packaging scripts, read as data: no build here (CI runs
packaging/build && packaging/smoke-test for that)."""

from __future__ import annotations

import ast
import importlib.util
import posixpath
import struct
import subprocess
import sys
import tomllib
import zlib
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from resreader.resources import APP_ID

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "resreader.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SRC = ROOT / "src" / "resreader"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_constant(name: str) -> Any:
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned a literal in the spec")


def spec_functions(**names: Any) -> dict[str, Any]:
    """The spec's helper functions, run without PyInstaller: only their defs and literals."""
    tree = spec_tree()
    body = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    namespace: dict[str, Any] = {
        "Path": Path,
        "posixpath": posixpath,
        "IS_WIN": False,
        "IS_MAC": False,
        "QT_PLUGINS": spec_constant("QT_PLUGINS"),
        "CTYPES_PACKAGES": spec_constant("CTYPES_PACKAGES"),
        "LICENSES": spec_constant("LICENSES"),
        "metadata": metadata,
        "DROP_QT_TRANSLATIONS": True,
        **names,
    }
    exec(compile(ast.Module(body=body, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


# --- what goes into the bundle ---------------------------------------------------------


def test_seeds_and_resources_are_datas_where_the_wheel_puts_them() -> None:
    datas = dict(spec_constant("DATAS"))
    assert datas == {"seeds": "resreader/seeds", "resources": "resreader/resources"}
    force_include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include == datas, "the frozen app and the wheel must agree on the layout"
    for source in datas:
        assert any((ROOT / source).iterdir()), f"{source}/ is empty"


def test_the_data_list_expands_to_every_file_but_dotfiles(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "A-RES-1-1.txt").write_text("x")
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "a.png").write_bytes(b"x")
    (tmp_path / "resources" / ".keep").write_text("")
    namespace = spec_functions(ROOT=tmp_path, DATAS=spec_constant("DATAS"))
    got = sorted(
        (Path(src).relative_to(tmp_path).as_posix(), Path(dest).as_posix())
        for src, dest in namespace["package_datas"]()
    )
    assert got == [
        ("resources/icons/a.png", "resreader/resources/icons"),
        ("seeds/A-RES-1-1.txt", "resreader/seeds"),
    ]


def test_lexer_styles_and_gui_are_hidden_imports_that_exist() -> None:
    hidden = spec_constant("HIDDEN_IMPORTS")
    assert {"resreader.lexer", "resreader.styles", "resreader.ui.app"} <= set(hidden)
    assert "pygments.formatters.html" in hidden
    for name in hidden:
        assert importlib.util.find_spec(name) is not None, name


def test_nothing_the_app_imports_is_excluded() -> None:
    excluded = set(spec_constant("EXCLUDED_MODULES"))
    used = set().union(*(imported_modules(p) for p in SRC.rglob("*.py")))
    used |= imported_modules(PACKAGING / "resreader_entry.py")
    clashes = {m for m in used if m in excluded or m.split(".")[0] in excluded}
    assert clashes == set()


def test_pdf_and_word_libraries_are_hidden_imports_that_exist() -> None:
    # hidden_imports() fails the build when one is missing, rather than the frozen app later
    hidden = set(spec_constant("HIDDEN_IMPORTS"))
    assert {"pypdfium2", "pypdfium2_raw"} <= hidden


def test_the_app_reads_word_without_python_docx_or_lxml() -> None:
    # they are the suite's tools for writing Word files; the frozen app leaves them out
    excluded = set(spec_constant("EXCLUDED_MODULES"))
    assert {"docx", "lxml"} <= excluded
    used = set().union(*(imported_modules(p) for p in SRC.rglob("*.py")))
    assert not {m for m in used if m.split(".")[0] in ("docx", "lxml")}


@pytest.mark.parametrize("package", ["pypdfium2", "pypdfium2_raw"])
def test_nothing_the_pdf_libraries_import_is_excluded(package: str) -> None:
    excluded = set(spec_constant("EXCLUDED_MODULES"))
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    used = set().union(*(imported_modules(p) for p in Path(spec.origin).parent.rglob("*.py")))
    assert {m for m in used if m in excluded or m.split(".")[0] in excluded} == set()


def test_unused_qt_modules_and_test_tooling_are_excluded() -> None:
    excluded = set(spec_constant("EXCLUDED_MODULES"))
    for name in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtNetwork",
        "PySide6.QtOpenGL",
        "PySide6.QtMultimedia",
        "PySide6.QtPdf",
        "PySide6.QtDesigner",
        "PySide6.QtTest",
        "tkinter",
        "unittest",
        "pydoc",
        "pytest",
    ):
        assert name in excluded, name


def test_pygments_lexers_the_app_needs_are_kept() -> None:
    kept = spec_constant("PYGMENTS_LEXERS_KEPT")
    needed = {
        m.rsplit(".", 1)[1]
        for path in SRC.rglob("*.py")
        for m in imported_modules(path)
        if m.startswith("pygments.lexers.")
    }
    assert needed <= set(kept)


def test_kept_qt_plugins_cover_every_platform_and_skip_the_rest() -> None:
    plugins = spec_constant("QT_PLUGINS")
    assert {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"} <= set(plugins["platforms"])
    assert not {"qeglfs", "qlinuxfb", "qvnc"} & set(plugins["platforms"])
    assert set(plugins["imageformats"]) == {"qsvg", "qico"}
    assert "qgtk3" not in plugins["platformthemes"]
    for folder in ("tls", "networkinformation", "sqldrivers", "qmltooling", "generic"):
        assert folder not in plugins


# --- the pruning helpers, on made-up TOCs ----------------------------------------------

LIB = "PySide6/Qt/lib/"
PLUGINS = "PySide6/Qt/plugins/"
NEEDS = {  # what each (fake) binary links to
    "PySide6/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
    LIB + "libQt6Widgets.so.6": ["libQt6Gui.so.6", "libQt6Core.so.6"],
    LIB + "libQt6Gui.so.6": ["libQt6Core.so.6"],
    LIB + "libQt6Network.so.6": ["libQt6Core.so.6"],
    PLUGINS + "platforms/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    PLUGINS + "platforms/libqvnc.so": ["libQt6Network.so.6"],
    PLUGINS + "platformthemes/libqgtk3.so": ["libgtk-3.so.0"],
}


def fake_get_imports(src: str) -> list[tuple[str, str | None]]:
    return [(name, None) for name in NEEDS.get(src, [])]


BINARIES = [(dest, dest, "BINARY") for dest in NEEDS if not dest.endswith("abi3.so")] + [
    ("PySide6/QtWidgets.abi3.so", "PySide6/QtWidgets.abi3.so", "EXTENSION"),
    (LIB + "libQt6Core.so.6", LIB + "libQt6Core.so.6", "BINARY"),
    ("libxcb-cursor.so.0", "libxcb-cursor.so.0", "BINARY"),
    ("libgtk-3.so.0", "libgtk-3.so.0", "BINARY"),
    ("libpython3.11.so.1.0", "libpython3.11.so.1.0", "BINARY"),
    ("libQt6Core.so.6", LIB + "libQt6Core.so.6", "SYMLINK"),
    ("libQt6Network.so.6", LIB + "libQt6Network.so.6", "SYMLINK"),
]


def test_pruning_keeps_what_kept_binaries_link_to_and_drops_the_rest() -> None:
    namespace = spec_functions(get_imports=fake_get_imports)
    binaries, dropped = namespace["keep_needed"](BINARIES)
    kept = {dest for dest, _, _ in binaries}
    assert kept == {
        "PySide6/QtWidgets.abi3.so",
        LIB + "libQt6Widgets.so.6",
        LIB + "libQt6Gui.so.6",
        LIB + "libQt6Core.so.6",
        PLUGINS + "platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
        "libQt6Core.so.6",
    }
    # vnc and GTK plugins are not wanted, so Network and GTK go, and the link to Network too.
    assert {LIB + "libQt6Network.so.6", "libgtk-3.so.0"} <= dropped


def test_pruning_keeps_the_pdfium_library_that_only_ctypes_loads() -> None:
    pdfium = "pypdfium2_raw/libpdfium.so"
    needs = {**NEEDS, pdfium: ["libstdc++.so.6"]}
    binaries = [
        *BINARIES,
        (pdfium, pdfium, "BINARY"),
        ("libstdc++.so.6", "libstdc++.so.6", "BINARY"),
        ("libunused.so.1", "libunused.so.1", "BINARY"),
    ]
    namespace = spec_functions(
        get_imports=lambda src: [(name, None) for name in needs.get(src, [])]
    )
    kept, dropped = namespace["keep_needed"](binaries)
    assert {pdfium, "libstdc++.so.6"} <= {dest for dest, _, _ in kept}
    assert "libunused.so.1" in dropped  # the rule is no blanket keep


def test_translations_frameworks_and_the_checkout_path_leave_the_datas() -> None:
    namespace = spec_functions()
    framework = "PySide6/Qt/lib/QtNetwork.framework/"
    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
        (framework + "Resources/Info.plist", "x", "DATA"),
        ("resreader/seeds/A-RES-60-212.txt", "x", "DATA"),
        ("resreader-0.1.0.dist-info/direct_url.json", "x", "DATA"),
        ("resreader-0.1.0.dist-info/entry_points.txt", "x", "DATA"),
    ]
    kept = namespace["keep_datas"](datas, {framework + "Versions/A/QtNetwork"})
    assert [d[0] for d in kept] == [
        "resreader/seeds/A-RES-60-212.txt",
        "resreader-0.1.0.dist-info/entry_points.txt",
    ]


# --- licences ------------------------------------------------------------------------


def test_pdfium_pygments_and_platformdirs_licences_are_bundled_from_their_wheels() -> None:
    entries = spec_functions()["license_datas"]()
    shipped = {Path(dest, Path(src).name).as_posix() for src, dest in entries}
    for path in (
        "licenses/pdfium/BUILD_LICENSES/pdfium.txt",
        "licenses/pdfium/LICENSES/Apache-2.0.txt",
        "licenses/pdfium/LICENSES/BSD-3-Clause.txt",
        "licenses/pygments/LICENSE",
        "licenses/platformdirs/LICENSE",
    ):
        assert path in shipped, path
    for src, _ in entries:
        assert Path(src).is_file() and Path(src).stat().st_size > 0, src
    pdfium = next(src for src, dest in entries if src.endswith("BUILD_LICENSES/pdfium.txt"))
    assert "PDFium Authors" in Path(pdfium).read_text(encoding="utf-8")


class FakeDistribution:
    def __init__(self, root: Path, files: list[str]) -> None:
        self.files = [metadata.PackagePath(f) for f in files]
        for f in self.files:
            f.dist = self  # type: ignore[assignment]  # what locate() asks for the file's place
        self.root = root

    def locate_file(self, path: Any) -> Path:
        return self.root / str(path)


def test_licence_files_are_found_in_both_wheel_layouts(tmp_path: Path) -> None:
    files = [
        "new-1.0.dist-info/licenses/LICENSES/MIT.txt",
        "new-1.0.dist-info/licenses/NOTICE",
        "new-1.0.dist-info/METADATA",
        "new-1.0.dist-info/RECORD",
        "old-2.0.dist-info/LICENSE.txt",
        "old-2.0.dist-info/COPYING",
        "new/licenses/x.py",
    ]
    namespace = spec_functions()
    found = {
        str(relative)
        for _, relative in namespace["_license_files"](FakeDistribution(tmp_path, files))
    }
    assert found == {"LICENSES/MIT.txt", "NOTICE", "LICENSE.txt", "COPYING"}


def test_a_wheel_without_licence_files_stops_the_build(tmp_path: Path) -> None:
    empty = FakeDistribution(tmp_path, ["bare-1.0.dist-info/METADATA"])
    namespace = spec_functions(LICENSES={"bare": "licenses/bare"})
    namespace["metadata"] = type("M", (), {"distribution": staticmethod(lambda name: empty)})
    with pytest.raises(SystemExit, match="no licence files in the bare wheel"):
        namespace["license_datas"]()


# --- platform settings and the scripts -------------------------------------------------


def test_spec_sets_the_platform_specifics() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert spec_constant("APP_ID") == APP_ID
    assert "bundle_identifier=APP_ID" in text
    assert 'name="Resreader.app"' in text
    assert '"CFBundleShortVersionString": VERSION' in text
    assert 'executable("resreader-gui", console=False)' in text  # Windows: no console window
    for icon in ("resreader.ico", "resreader.icns"):
        assert f'"{icon}"' in text and (ROOT / "resources" / "icons" / icon).is_file()


def test_entry_script_runs_the_cli_main() -> None:
    entry = PACKAGING / "resreader_entry.py"
    assert "resreader.cli" in imported_modules(entry)
    assert "resreader_entry.py" in SPEC.read_text(encoding="utf-8")


@pytest.mark.parametrize("script", ["build", "smoke-test"])
def test_scripts_are_executable_bash_with_valid_syntax(script: str) -> None:
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    assert path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_build_output_is_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored


# --- the screenshot checker the smoke test uses -----------------------------------------


def pngcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pngcheck", PACKAGING / "pngcheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["pngcheck"] = module  # dataclasses look the module up while decorating
    spec.loader.exec_module(module)
    return module


def make_png(width: int, height: int, pixel: Any, filter_type: int = 0) -> bytes:
    """An RGB PNG; `pixel(x, y)` gives the colour. Filter 2 (Up) exercises unfiltering."""
    raw, prev = b"", bytes(width * 3)
    for y in range(height):
        line = bytes(c for x in range(width) for c in pixel(x, y))
        stored = (
            bytes((a - b) & 0xFF for a, b in zip(line, prev, strict=True))
            if filter_type == 2
            else line
        )
        raw += bytes([filter_type]) + stored
        prev = line

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_pngcheck_calls_a_flat_image_blank() -> None:
    stats = pngcheck().stats(make_png(40, 20, lambda x, y: (240, 240, 240)))
    assert (stats.width, stats.height, stats.colours) == (40, 20, 1)
    assert stats.blank


def test_pngcheck_sees_content_through_png_filters() -> None:
    def pattern(x: int, y: int) -> tuple[int, int, int]:
        return (x * 6 % 256, (x * y) % 256, y * 12 % 256)

    checker = pngcheck()
    plain = checker.stats(make_png(40, 20, pattern))
    filtered = checker.stats(make_png(40, 20, pattern, filter_type=2))
    assert not plain.blank and plain == filtered
    assert (
        checker.rows(make_png(40, 20, pattern, 2))[3] == checker.rows(make_png(40, 20, pattern))[3]
    )


def test_pngcheck_reads_the_icons_qt_rendered() -> None:
    stats = pngcheck().stats((ROOT / "resources" / "icons" / "resreader-64.png").read_bytes())
    assert (stats.width, stats.height) == (64, 64) and not stats.blank


def test_pngcheck_cli_fails_on_the_wrong_size(tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    path.write_bytes(make_png(40, 20, lambda x, y: (x * 6, y * 12, 0)))
    checker = pngcheck()
    assert checker.main([str(path), "40x20"]) == 0
    assert checker.main([str(path), "1280x800"]) == 1
