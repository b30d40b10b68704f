#!/usr/bin/env python3
"""dictlint.py - check dyad's actor and agent dictionaries (PETRARCH-2 syntax).

Usage: tools/dictlint.py [FILE...]      (default: every file under dictionaries/)

Prints "file:line: problem" for every problem found and a summary line; exits 1 when there
is a problem, 0 when there is none.  Python 3 standard library only.  This script stands in
for the C dictionary reader until that reader is integrated; the rules below are the ones
dyad's dictionaries promise to keep (see the header comment of each dictionary file).

Actor files (*.actors.txt), per line:
  - an entry:       PHRASE [CODE]     or  PHRASE            (code given on dated lines)
  - a synonym:      +PHRASE           (belongs to the entry above it)
  - a role line:    <TAB or spaces>[CODE]                    default, undated
                    <TAB or spaces>[CODE YYYYMMDD-YYYYMMDD]  start inclusive, end exclusive
                    <TAB or spaces>[CODE >YYYYMMDD]          on or after the date
                    <TAB or spaces>[CODE <YYYYMMDD]          before the date
  - comments: a line starting with '#', or ' #' and what follows it; <!-- ... --> on a line.
  Checked: phrase characters (upper case, digits, . - ' & _ and upper-case letters outside
  ASCII), code syntax (three-letter segments, the first a known country, region or actor type,
  the rest known CAMEO role, group, religion, country or region codes), 8-digit calendar dates,
  start < end, an undated role line only as the last role line of an entry, no code on the
  entry line when it has role lines (PETRARCH-2 takes the first matching role in order, so
  such a code would hide every dated role), no two role lines of one entry overlapping in
  time, no phrase defined twice across the actor files.
  Offices: a role line may carry office tags in its comment, e.g.  # @USA.HOS @USA.HOG
  Every tagged office is single-holder: no two role lines with the same tag may overlap in
  time anywhere in the actor files (a head of state, head of government, foreign or defence
  minister, a named spokesperson post...).

Agent files (agents.txt):
  - a substitution marker:  !NAME! = WORD, WORD, ...
  - an agent:  PHRASE {PLURAL}? [~CODE] or [CODE~]      ({} = no plural form)
  Checked: phrase characters, brace syntax, markers defined before use, code segments are
  known CAMEO sector/role/type or religion codes, no phrase form (singular, given or regular
  plural, marker expansion) defined twice.
"""

import datetime
import os
import re
import sys
import unicodedata

# ---- code tables -------------------------------------------------------------------------
# Country codes: ISO 3166-1 alpha-3 as CAMEO uses them (CAMEO.country.txt of the GDELT/CAMEO
# lookup tables), with the current ISO codes for Romania (ROU), Timor-Leste (TLS) and
# Montenegro (MNE) that Phoenix and the PLOVER gold records use in place of the withdrawn
# ROM, TMP and the non-ISO MTN (both spellings are accepted), and KSV for Kosovo (Phoenix's
# choice; ISO has no code, the World Bank uses XKX).
COUNTRIES = set("""
AFG ALA ALB DZA ASM AND AGO AIA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BMU BTN BOL BIH BWA BRA VGB BRN BGR BFA BDI KHM CMR CAN CPV CYM CAF TCD CHL CHN COL COM COD
COG COK CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM TMP TLS ECU EGY SLV GNQ ERI EST ETH FRO FLK
FJI FIN FRA GUF PYF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GIN GNB GUY HTI VAT HND
HKG HUN ISL IND IDN IRN IRQ IRL IMY ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA
LBN LSO LBR LBY LIE LTU LUX MAC MKD MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA
MCO MNG MTN MNE MSR MAR MOZ MMR NAM NRU NPL NLD ANT NCL NZL NIC NER NGA NIU NFK MNP NOR PSE
OMN PAK PLW PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROM ROU RUS RWA SHN KNA LCA SPM VCT
WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF ESP LKA SDN SUR SJM SWZ SWE CHE SYR
TWN TJK TZA THA TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA VIR URY UZB VUT VEN
VNM WLF ESH YEM ZMB ZWE SSD KSV
""".split())
# Regions and sub-national areas of the CAMEO country table.
REGIONS = set("""
WSB BAG GZS AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM
SAS SEA SAF WAF WST
""".split())
# Actor types that may stand first in a code (CAMEO.type.txt).
FIRST_TYPES = set("IGO NGO NGM MNC IMG INT UIS".split())
# Role and sector codes (CAMEO.type.txt) plus PTY (party, CAMEO manual 3.1.4).
ROLES = set("""
COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED
REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY
""".split())
# Known groups (CAMEO.knowngroup.txt).
GROUPS = set("""
AAM ABD ACC ADB AEU AFB ALQ AMF AML AMN AMU ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA CIS
CMN COE CPA CPC CRC CSS CWN DFL EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE GOS GSP
GSS HCH HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF IOM IPU IRC
ISJ ITP JUR KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP PFL PLF PLO PLS
PMD PRC PSE RCR RND SAA SAD SCE SHA SOT TAL UEM UNO WAD WAM WAS WBK WCT WEF WFP WHO WTO XFM
""".split())
# Religions (CAMEO.religion.txt).
RELIGIONS = set("""
ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO
SFI SHI SHN SIK SUN TAO UDX ZRO
""".split())
LATER = ROLES | GROUPS | RELIGIONS | COUNTRIES | REGIONS
FIRST = COUNTRIES | REGIONS | FIRST_TYPES | ROLES

DATE_RE = r'\d{8}'
ROLE_RE = re.compile(r'^\[([A-Z]+)(?:\s+(?:(' + DATE_RE + r')-(' + DATE_RE + r')|([<>])(' +
                     DATE_RE + r')))?\]$')
ENTRY_CODE_RE = re.compile(r'^(.*?)\s*\[([A-Z]+)\]$')
TAG_RE = re.compile(r'@([A-Z]{3}[A-Z0-9.+_-]*)')
MARKER_DEF_RE = re.compile(r'^(![A-Z]+!)\s*=\s*(.+)$')
AGENT_RE = re.compile(r'^(.+?)\s*(\{[^{}]*\})?\s*\[\s*(~[A-Z]+|[A-Z]+~)\s*\]$')
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2099, 12, 31)


class Linter:
    def __init__(self):
        self.problems = 0
        self.entries = 0
        self.phrases = {}       # normalised phrase -> "file:line" of its first definition
        self.offices = {}       # office tag -> [(start, end, file, line, entry)]

    def report(self, path, line, msg):
        self.problems += 1
        print('%s:%d: %s' % (path, line, msg))

    # -- pieces ---------------------------------------------------------------------------
    def check_code(self, path, n, code, agent=False):
        if len(code) % 3 != 0 or not code:
            self.report(path, n, 'code %s: length is not a multiple of 3' % code)
            return
        segs = [code[i:i + 3] for i in range(0, len(code), 3)]
        first = (ROLES | RELIGIONS) if agent else FIRST
        if segs[0] not in first:
            self.report(path, n, 'code %s: %s is not a known %s' %
                        (code, segs[0], 'role/sector code' if agent else
                         'country, region or actor type'))
        for s in segs[1:]:
            if s not in LATER:
                self.report(path, n, 'code %s: segment %s is not a known CAMEO code' % (code, s))

    def check_phrase(self, path, n, phrase):
        if not phrase:
            self.report(path, n, 'empty phrase')
            return None
        for ch in phrase:
            if ch in "_.-'\u2019&" or ch.isdigit() or ch == ' ':
                continue
            if ch.isalpha() and ch == ch.upper() and unicodedata.category(ch) != 'Ll':
                continue
            self.report(path, n, 'phrase %r: character %r not allowed (upper case, digits, '
                        '. - \' \u2019 & _ only)' % (phrase, ch))
            return None
        words = phrase.replace('_', ' ').split()
        if not words:
            self.report(path, n, 'empty phrase')
            return None
        return ' '.join(words)

    def define(self, path, n, norm):
        if norm is None:
            return
        key = norm
        if key in self.phrases:
            self.report(path, n, 'phrase %s already defined at %s' % (norm, self.phrases[key]))
        else:
            self.phrases[key] = '%s:%d' % (path, n)

    def parse_date(self, path, n, s):
        try:
            d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            self.report(path, n, 'date %s is not a calendar date' % s)
            return None
        if d < EARLIEST or d > LATEST:
            self.report(path, n, 'date %s is out of range' % s)
            return None
        return d

    @staticmethod
    def strip_comment(raw):
        """Returns (text, comment) of a line: '#' starts a comment; <!-- --> is dropped."""
        line = re.sub(r'<!--.*?-->', '', raw)
        i = line.find('#')
        if i >= 0:
            return line[:i], line[i + 1:]
        return line, ''

    # -- actor files ----------------------------------------------------------------------
    def lint_actors(self, path):
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        entry = None

        def close(e):
            if e is None:
                return
            roles = e['roles']
            if e['code'] and roles:
                self.report(path, e['line'], 'entry %s has a code on its entry line and role '
                            'lines: the entry code would hide the roles' % e['name'])
            if not e['code'] and not roles:
                self.report(path, e['line'], 'entry %s has no code' % e['name'])
            for i, r in enumerate(roles):
                if r['start'] is None and r['end'] is None and i != len(roles) - 1:
                    self.report(path, r['line'], 'undated role line must be the last role '
                                'line of its entry')
            dated = [r for r in roles if not (r['start'] is None and r['end'] is None)]
            for i in range(len(dated)):
                for j in range(i + 1, len(dated)):
                    a, b = dated[i], dated[j]
                    if overlaps(a, b):
                        self.report(path, b['line'], 'role overlaps the role at line %d of '
                                    'the same entry %s' % (a['line'], e['name']))
            for r in dated:
                for tag in r['tags']:
                    self.offices.setdefault(tag, []).append(
                        (r['start'], r['end'], path, r['line'], e['name']))
            self.entries += 1

        for n, raw in enumerate(lines, 1):
            if raw.strip() == '' or raw.lstrip().startswith('#') or raw.startswith('<!'):
                continue
            text, comment = self.strip_comment(raw)
            stripped = text.strip()
            if not stripped:
                continue
            if raw[0] in ' \t':
                # role line
                if entry is None:
                    self.report(path, n, 'role line before any entry')
                    continue
                m = ROLE_RE.match(stripped)
                if not m:
                    self.report(path, n, 'bad role line %r (want [CODE], [CODE YYYYMMDD-'
                                'YYYYMMDD], [CODE >YYYYMMDD] or [CODE <YYYYMMDD])' % stripped)
                    continue
                code = m.group(1)
                self.check_code(path, n, code)
                start = end = None
                if m.group(2):
                    start = self.parse_date(path, n, m.group(2))
                    end = self.parse_date(path, n, m.group(3))
                    if start is None or end is None:
                        continue
                    if start >= end:
                        self.report(path, n, 'start %s is not before end %s' %
                                    (m.group(2), m.group(3)))
                        continue
                elif m.group(4):
                    d = self.parse_date(path, n, m.group(5))
                    if d is None:
                        continue
                    if m.group(4) == '>':
                        start, end = d, LATEST
                    else:
                        start, end = EARLIEST, d
                tags = TAG_RE.findall(comment)
                if tags and start is None:
                    self.report(path, n, 'office tag on an undated role line')
                entry['roles'].append({'line': n, 'code': code, 'start': start, 'end': end,
                                       'tags': tags})
                continue
            if stripped.startswith('+'):
                if entry is None:
                    self.report(path, n, 'synonym before any entry')
                    continue
                if entry['roles']:
                    self.report(path, n, 'synonym after role lines of entry %s' % entry['name'])
                if '[' in stripped:
                    self.report(path, n, 'synonym with a code: give codes on the entry line '
                                'or on role lines')
                    continue
                self.define(path, n, self.check_phrase(path, n, stripped[1:].strip()))
                continue
            if stripped.startswith('['):
                self.report(path, n, 'role line must be indented with a tab or spaces')
                continue
            close(entry)
            code = None
            m = ENTRY_CODE_RE.match(stripped)
            if m:
                name, code = m.group(1), m.group(2)
                self.check_code(path, n, code)
            elif '[' in stripped or ']' in stripped:
                self.report(path, n, 'bad entry line %r (want PHRASE [CODE] or PHRASE; dated '
                            'roles go on their own indented lines)' % stripped)
                entry = None
                continue
            else:
                name = stripped
            norm = self.check_phrase(path, n, name.strip())
            self.define(path, n, norm)
            entry = {'name': norm or name, 'line': n, 'code': code, 'roles': []}
        close(entry)

    # -- agent files ----------------------------------------------------------------------
    def lint_agents(self, path):
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        markers = {}
        seen = {}
        for n, raw in enumerate(lines, 1):
            if raw.strip() == '' or raw.lstrip().startswith('#') or raw.startswith('<!'):
                continue
            text, _ = self.strip_comment(raw)
            s = text.strip()
            if not s:
                continue
            m = MARKER_DEF_RE.match(s)
            if m:
                items = [x.strip() for x in m.group(2).split(',')]
                if any(not x for x in items):
                    self.report(path, n, 'empty item in marker %s' % m.group(1))
                for x in items:
                    if x:
                        self.check_phrase(path, n, x)
                markers[m.group(1)] = items
                continue
            m = AGENT_RE.match(s)
            if not m:
                self.report(path, n, 'bad agent line %r (want PHRASE {PLURAL} [~CODE])' % s)
                continue
            phrase, plural, code = m.group(1), m.group(2), m.group(3)
            self.check_code(path, n, code.strip('~'), agent=True)
            used = re.findall(r'![A-Z]+!', phrase)
            for mk in used:
                if mk not in markers:
                    self.report(path, n, 'marker %s used before it is defined' % mk)
            if used and plural is not None:
                self.report(path, n, 'a phrase with a marker takes no {plural}')
            forms = [phrase]
            for mk in used:
                forms = [f.replace(mk, x, 1) for f in forms for x in markers.get(mk, [mk])]
            for form in forms:
                norm = self.check_phrase(path, n, form)
                if norm is None:
                    continue
                if plural is None and not used:
                    plurals = [regular_plural(norm)]
                elif plural is not None and plural.strip('{} '):
                    plurals = [self.check_phrase(path, n, plural.strip('{} '))]
                else:
                    plurals = []
                for p in [norm] + [p for p in plurals if p]:
                    if p in seen:
                        self.report(path, n, 'agent form %s already given at line %d' %
                                    (p, seen[p]))
                    else:
                        seen[p] = n
            self.entries += 1

    # -- across files ---------------------------------------------------------------------
    def check_offices(self):
        for tag, terms in sorted(self.offices.items()):
            if tag.endswith('+'):
                continue   # explicitly multi-holder
            terms.sort(key=lambda t: (t[0], t[1]))
            for i in range(len(terms)):
                for j in range(i + 1, len(terms)):
                    a, b = terms[i], terms[j]
                    if b[0] >= a[1]:
                        break
                    if a[4] == b[4]:
                        continue   # same entry: reported as an entry overlap if at all
                    self.report(b[2], b[3], 'office @%s held by %s overlaps %s (%s:%d) from %s '
                                'to %s' % (tag, b[4], a[4], a[2], a[3], b[0], min(a[1], b[1])))


def regular_plural(phrase):
    """The plural PETRARCH forms automatically: +IES after Y, +ES after SS, else +S."""
    if phrase.endswith('Y'):
        return phrase[:-1] + 'IES'
    if phrase.endswith('SS'):
        return phrase + 'ES'
    return phrase + 'S'


def overlaps(a, b):
    return a['start'] < b['end'] and b['start'] < a['end']


def main(argv):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    files = argv[1:]
    if not files:
        d = os.path.join(root, 'dictionaries')
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.txt'))
        files = [os.path.relpath(f) for f in files]
    lint = Linter()
    for path in files:
        if path.endswith('.actors.txt'):
            lint.lint_actors(path)
        elif os.path.basename(path).startswith('agents') or path.endswith('.agents.txt'):
            lint.lint_agents(path)
        else:
            lint.report(path, 0, 'unknown dictionary kind (want *.actors.txt or agents.txt)')
    lint.check_offices()
    print('dictlint: %d files, %d entries, %d office tags, %d problems' %
          (len(files), lint.entries, len(lint.offices), lint.problems))
    return 1 if lint.problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
