#!/usr/bin/env python3
"""Writes Sources/GongkaiTUI/Config/BuiltInThemes.swift from Themes/*.toml (run from the package
root after changing a theme file; ThemeAndConfigTests fails while the two differ)."""
import glob, os

def swift_escape(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif o < 32 or o > 126: out.append('\\u{%x}' % o)
        else: out.append(ch)
    return ''.join(out)

names = sorted(os.path.basename(p)[:-5] for p in glob.glob('Themes/*.toml'))
lines = ['''/// 内置配色 — the shipped themes of `Themes/`, compiled into the binary so that an installed
/// `gongkai` starts in colour with no theme folder copied; a file of the same name in a theme folder
/// overrides its built-in copy. Generated from `Themes/*.toml` (non-ASCII written as \\u{…});
/// `ThemeAndConfigTests` fails when a file and its copy here differ.
enum BuiltInThemes {
    static let files: [String: String] = [''']
for n in names:
    text = open(f'Themes/{n}.toml', encoding='utf-8').read()
    lines.append(f'        "{n}": "{swift_escape(text)}",')
lines.append('    ]\n}\n')
open('Sources/GongkaiTUI/Config/BuiltInThemes.swift', 'w').write('\n'.join(lines))
