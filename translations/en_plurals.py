#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Writes kernel-channels_en.ts: the English singular and plural of every
# message counted with %n ("%n process(es)" -> "%n process" / "%n processes").
# Without it Qt shows the source text, "(es)" and all. The messages are taken
# from the Chinese file, which lupdate keeps complete; run after lupdate.
import re
import sys
import xml.etree.ElementTree as ET

# Where the verb follows the count, the singular needs its own verb too.
SINGULAR_VERBS = [
    (' were ', ' was '),
    (' do not ', ' does not '),
    (' differ.', ' differs.'),
    (' use it ', ' uses it '),
]

CHOICE = re.compile(r'(\w*)\((\w+)/(\w+)\)')   # famil(y/ies)
SUFFIX = re.compile(r'(\w)\((e?s)\)')           # process(es), key(s)


def forms(source):
    singular = CHOICE.sub(lambda m: m.group(1) + m.group(2), source)
    singular = SUFFIX.sub(lambda m: m.group(1), singular)
    if singular != source:
        for plural_verb, singular_verb in SINGULAR_VERBS:
            singular = singular.replace(plural_verb, singular_verb)
    plural = CHOICE.sub(lambda m: m.group(1) + m.group(3), source)
    plural = SUFFIX.sub(lambda m: m.group(1) + m.group(2), plural)
    return singular, plural


def main(chinese, english):
    out = ET.Element('TS', {'version': '2.1', 'language': 'en', 'sourcelanguage': 'en'})
    count = 0
    for ctx in ET.parse(chinese).getroot().iter('context'):
        messages = [m for m in ctx.iter('message') if m.get('numerus') == 'yes'
                    and m.find('translation').get('type') not in ('vanished', 'obsolete')]
        if not messages:
            continue
        c = ET.SubElement(out, 'context')
        ET.SubElement(c, 'name').text = ctx.findtext('name')
        for m in messages:
            msg = ET.SubElement(c, 'message', {'numerus': 'yes'})
            source = m.findtext('source')
            ET.SubElement(msg, 'source').text = source
            if m.find('comment') is not None:
                ET.SubElement(msg, 'comment').text = m.findtext('comment')
            tr = ET.SubElement(msg, 'translation')
            for text in forms(source):
                ET.SubElement(tr, 'numerusform').text = text
            count += 1
    ET.indent(out, space='    ')
    with open(english, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(out, encoding='unicode'))
        f.write('\n')
    print(f'{count} plural entries written to {english}')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/kernel-channels_zh_CN.ts',
         sys.argv[2] if len(sys.argv) > 2 else 'translations/kernel-channels_en.ts')
