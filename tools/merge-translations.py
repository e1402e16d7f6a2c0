#!/usr/bin/env python3
"""Fills the Vietnamese and English .ts files after lupdate.

Run `cmake --build BUILD --target update_translations` first (lupdate adds the
new source strings as unfinished). This then:
  - takes Vietnamese translations from resources/translations/incoming/*.tsv
    (context<TAB>English source<TAB>Vietnamese) for unfinished messages;
  - makes every English message its own source (the sources are English);
  - reports what is still untranslated, and exits 1 if anything is.
Numerus messages (%n) get the same text as their single form.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'translations')


def load_incoming():
    table = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'incoming', '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    sys.exit(f'{path}:{n}: want context<TAB>source<TAB>translation')
                ctx, src, tr = parts
                src = src.replace('\\n', '\n')
                tr = tr.replace('\\n', '\n')
                table[(ctx, src)] = tr
                table.setdefault(('*', src), tr)
    return table


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            src = msg.findtext('source')
            tr = msg.find('translation')
            if tr is None:
                continue
            unfinished = tr.get('type') in ('unfinished', 'vanished', 'obsolete')
            if tr.get('type') in ('vanished', 'obsolete'):
                ctx.remove(msg)
                continue
            if not unfinished:
                continue
            text = translate(name, src)
            if text is None:
                missing.append((name, src))
                continue
            if msg.get('numerus') == 'yes':
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, 'numerusform')
                form.text = text
            else:
                tr.text = text
            del tr.attrib['type']
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return missing


def main():
    incoming = load_incoming()
    vi = fill(os.path.join(ROOT, 'council_vi.ts'),
              lambda ctx, src: incoming.get((ctx, src), incoming.get(('*', src))))
    fill(os.path.join(ROOT, 'council_en.ts'), lambda ctx, src: src)
    for ctx, src in vi:
        print(f'untranslated (vi): {ctx}: {src!r}')
    return 1 if vi else 0


if __name__ == '__main__':
    sys.exit(main())
