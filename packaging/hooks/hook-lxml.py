"""Replaces pyinstaller-hooks-contrib's hook-lxml, which lists every lxml submodule as a
hidden import. The app reaches lxml only through python-docx, which imports lxml.etree (its
own contrib hook brings what etree needs); lxml.html, objectify, isoschematron are excluded in
resreader.spec, and asking for them too would print a warning per module on every build."""

hiddenimports: list[str] = []
