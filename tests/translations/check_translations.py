#!/usr/bin/env python3
"""Checks the .ts files in translations/ against the sources.

  check_translations.py complete  SOURCE_DIR
      Fails when a message has no finished translation (unfinished, empty, a numerus message
      without all its forms, an obsolete entry) or when a translation's placeholders (%1 ... %99,
      %n) differ from its source text's.
  check_translations.py collected SOURCE_DIR LUPDATE
      Runs lupdate exactly as the README says, into a temporary copy of each .ts file, and fails
      when it collects strings the file does not have yet (or drops strings it still has).

Each problem names the file, the context and the source text.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

# The lupdate options; the sources are the app, ui and models folders, read from the source dir.
LUPDATE_OPTIONS = ['-no-obsolete', '-locations', 'relative']
SOURCE_FOLDERS = ['app', 'ui', 'models']

# Plural forms per language, as Qt Linguist counts them (numerusform elements a message needs).
PLURAL_FORMS = {'de': 2, 'fr': 2, 'es': 2, 'it': 2, 'nl': 2, 'pt': 2, 'sv': 2, 'da': 2,
                'pl': 3, 'cs': 3, 'ru': 3, 'uk': 3, 'ja': 1, 'zh': 1, 'ko': 1, 'tr': 1}

PLACEHOLDER = re.compile(r'%L?(\d{1,2}|n)')


def ts_files(source_dir):
    files = sorted((source_dir / 'translations').glob('*.ts'))
    if not files:
        sys.exit(f'no .ts files in {source_dir / "translations"}')
    return files


def language_of(ts):
    return ts.stem.rsplit('_', 1)[-1]


def messages(path):
    """(context, source, comment) -> message element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name', '')
        for message in context.iter('message'):
            key = (name, message.findtext('source', ''), message.findtext('comment', ''))
            found[key] = message
    return found


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text)))


def describe(ts, key):
    context, source, comment = key
    where = f'{ts.parent.name}/{ts.name}: context "{context}"'
    return f'{where}, source "{source}"' + (f' (comment "{comment}")' if comment else '')


def check_complete(source_dir):
    problems = []
    for ts in ts_files(source_dir):
        forms = PLURAL_FORMS.get(language_of(ts))
        if forms is None:
            problems.append(f'{ts.name}: language "{language_of(ts)}" is not in PLURAL_FORMS of {Path(__file__).name}')
            continue
        for key, message in messages(ts).items():
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('obsolete', 'vanished'):
                problems.append(f'{describe(ts, key)}: {kind} entry (run lupdate)')
                continue
            if message.get('numerus') == 'yes':
                texts = [f.text or '' for f in translation.iter('numerusform')]
                if len(texts) != forms or not all(t.strip() for t in texts):
                    filled = sum(1 for t in texts if t.strip())
                    problems.append(f'{describe(ts, key)}: {filled} of {forms} plural forms translated')
                    continue
            else:
                texts = [translation.text or ''] if translation is not None else ['']
                if not texts[0].strip():
                    problems.append(f'{describe(ts, key)}: not translated')
                    continue
            if kind == 'unfinished':
                problems.append(f'{describe(ts, key)}: translation marked unfinished')
            expected = placeholders(key[1])
            for text in texts:
                got = placeholders(text)
                # A plural form may say its number in words ("every hour" for %n = 1), as Qt allows.
                if message.get('numerus') == 'yes' and 'n' not in got:
                    got = sorted(got + ['n'])
                if got != expected:
                    problems.append(f'{describe(ts, key)}: placeholders {got} in "{text}", '
                                    f'the source has {expected}')
    return problems


def check_collected(source_dir, lupdate):
    problems = []
    with tempfile.TemporaryDirectory(prefix='ab-lupdate-') as temp:
        for ts in ts_files(source_dir):
            copy = Path(temp) / ts.name
            shutil.copyfile(ts, copy)
            command = [lupdate, *LUPDATE_OPTIONS, *SOURCE_FOLDERS, '-source-language', 'en',
                       '-target-language', language_of(ts), '-ts', str(copy)]
            run = subprocess.run(command, cwd=source_dir, capture_output=True, text=True)
            output = run.stdout + run.stderr
            if run.returncode != 0:
                problems.append(f'{ts.name}: lupdate failed ({run.returncode}):\n{output}')
                continue
            for line in output.splitlines():
                # Strings lupdate files under a context it had to guess do not match at run time.
                if 'lacks Q_OBJECT macro' in line or 'cannot be called without context' in line:
                    problems.append(f'{ts.name}: lupdate: {line.strip()}')
            found = re.search(r'Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)', output)
            if not found:
                problems.append(f'{ts.name}: no "Found N source text(s)" line in the lupdate output:\n{output}')
                continue
            before, after = messages(ts), messages(copy)
            for key in sorted(after.keys() - before.keys()):
                problems.append(f'{describe(ts, key)}: new in the sources, not collected yet')
            for key in sorted(before.keys() - after.keys()):
                problems.append(f'{describe(ts, key)}: no longer in the sources')
            if int(found.group(2)) and not after.keys() - before.keys():
                problems.append(f'{ts.name}: lupdate reports {found.group(2)} new source text(s)')
    return problems


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ('complete', 'collected') \
            or (sys.argv[1] == 'collected' and len(sys.argv) != 4):
        sys.exit(__doc__)
    source_dir = Path(sys.argv[2]).resolve()
    if sys.argv[1] == 'complete':
        problems = check_complete(source_dir)
        fix = 'Translate them in Qt Linguist (linguist translations/<file>.ts) and mark them finished.'
    else:
        problems = check_collected(source_dir, sys.argv[3])
        fix = ('Run lupdate as the README says ("Languages"), or '
               'cmake --build build --target update_translations, and translate what is new.')
    for problem in problems:
        print(problem)
    if problems:
        print(f'\n{len(problems)} problem(s). {fix}')
        return 1
    print(f'{sys.argv[1]}: {", ".join(t.name for t in ts_files(source_dir))} OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
