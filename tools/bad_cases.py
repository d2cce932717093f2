"""The inputs and commands of tests/cases/bad/, generated (`python -m tools.regen cases`).

Each case is a folder: `cmd`, an input file, and `expected` (written by hand after reading
the output; nothing here touches it). Big inputs are made at test time by `make.py`.
tests/test_regen.py fails when the folder differs from what this generates.
"""

from __future__ import annotations

from pathlib import Path

BAD = Path(__file__).resolve().parent.parent / "tests" / "cases" / "bad"

PROFILE = "company:\n  size: small\nduties:\n  - role: seo\n    hours: 5\n"
ROLES = (
    "roles:\n  - {id: seo, name: SEO, name_zh: 优化, family: promotion, summary: S., source: [s]}\n"
)
YES_NORM = "{size: small, marketing: yes, source: s, roles: [{role: seo, min: 1, max: 1}]}"
NORMS = "capacity_hours: 40\nutilization: 0.8\ndrivers: {}\nnorms: []\n"
TEAM = "company: {size: small}\npeople:\n  - name: Li Na\n    roles: [seo]\n"

# How a file of each kind is read: (file name, command line).
KINDS = {
    "profile": ("me.yaml", "overload me.yaml"),
    "roles": ("roles.yaml", "recommend --size small --roles roles.yaml"),
    "norms": ("norms.yaml", "recommend --size small --norms norms.yaml"),
    "team": ("team.yaml", "team team.yaml"),
    "validate": ("data.yaml", "validate data.yaml"),
    # the other commands that read a file: the same loader, checked all the same
    "roles-command": ("roles.yaml", "roles --roles roles.yaml"),
    "drivers-command": ("norms.yaml", "drivers --norms norms.yaml"),
    "overload-norms": ("norms.yaml", "overload me.yaml --norms norms.yaml"),
    "roster": ("roster.csv", "team roster.csv --size small"),
    # the pay and hiring files (#15)
    "pay": ("pay.yaml", "recommend --size small --pay pay.yaml"),
    "hiring": ("hiring.yaml", "plan --size small --start 2027-01 --hiring hiring.yaml"),
}
# Defects each of those other commands is given (a subset: the loader is shared).
OTHERS = ["empty", "alias-bomb-30", "python-tag", "nul-byte", "utf-16", "top-list"]
ROSTER_DEFECTS: dict[str, bytes] = {
    "nul-byte": b"name,role\nLi\x00 Na,seo\n",
    "latin-1": "name,role\nJos\xe9,seo\n".encode("latin-1"),
    "utf-16": "name,role\nLi Na,seo\n".encode("utf-16"),
    "escapes-and-brackets": b"name,role\n\x1b]0;pwned\x07[b]x[/b],seo\n",
    "empty": b"",
    "quote-never-closed": b'name,role\n"Li Na,seo\n',
}


def bomb(depth: int) -> bytes:
    """A YAML alias bomb `depth` levels deep (9 aliases a level)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, depth + 1)]
    return ("\n".join(lines) + "\n").encode()


GENERIC: dict[str, bytes] = {
    "empty": b"",
    "comments-only": b"# nothing here\n# at all\n",
    "top-list": b"- role: seo\n- role: sem\n",
    "top-scalar": b"just some words\n",
    "syntax-error": b"company: {size: small\nduties: []\n",
    "tabs": b"company:\n\tsize: small\n",
    "several-documents": b"company: {size: small}\n---\nduties: []\n",
    "list-as-key": b"? [size, small]\n: company\n",
    "duplicate-top-key": b"company: {size: small}\ncompany: {size: large}\n",
    "python-tag": b"company: !!python/object/apply:os.system ['echo hacked']\n",
    "unknown-tag": b"company: !Ref other\n",
    "self-alias": b"company: &c\n  size: small\n  parent: *c\n",
    "alias-bomb-7": bomb(7),
    "alias-bomb-30": bomb(30),
    "nul-byte": b"company:\n  size: sm\x00all\n",
    "latin-1": "name: Jos\xe9\ncompany: {size: small}\n".encode("latin-1"),
    "utf-16": "company: {size: small}\n".encode("utf-16"),
}
MAKE = {
    "nesting-200000": 'Path(NAME).write_bytes(b"a: " + b"[" * 200_000 + b"\\n")\n',
    "ten-megabytes": 'Path(NAME).write_bytes(b"# padding\\n" * 1_048_576)\n',
}
SPECIFIC: dict[str, tuple[str, bytes]] = {
    "profile-duplicate-item-key": (
        "profile",
        b"company: {size: small}\nduties:\n  - role: seo\n    hours: 2\n    hours: 3\n",
    ),
    "profile-octal-010-is-ten": ("profile", PROFILE.replace("hours: 5", "hours: 010").encode()),
    "profile-nan-hours": ("profile", PROFILE.replace("hours: 5", "hours: .nan").encode()),
    "profile-inf-hours": ("profile", PROFILE.replace("hours: 5", "hours: .inf").encode()),
    "profile-number-as-string": ("profile", PROFILE.replace("hours: 5", 'hours: "5"').encode()),
    # yes and no are taken for marketing (as 是 and 否, and as a roster takes them); YAML 1.1's
    # other booleans are not
    "profile-on-is-not-true": (
        "profile",
        PROFILE.replace("size: small", "size: small\n  marketing: on").encode(),
    ),
    "profile-maybe-is-no-focus": (
        "profile",
        PROFILE.replace("size: small", "size: small\n  marketing: maybe").encode(),
    ),
    "profile-huge-number": (
        "profile",
        PROFILE.replace("hours: 5", "hours: " + "9" * 5000).encode(),
    ),
    "profile-utf8-bom-accepted": ("profile", b"\xef\xbb\xbf" + PROFILE.encode()),
    "profile-many-errors-capped": (
        "profile",
        ("company: {size: small}\nduties:\n" + "  - {role: seo, hours: -1}\n" * 120).encode(),
    ),
    "roles-duplicate-item-key": (
        "roles",
        ROLES.replace("family: promotion", "family: promotion, family: tech").encode(),
    ),
    "roles-nan-hours": (
        "roles",
        ROLES.replace(
            "source: [s]}", "source: [s], duties: [{name: Links, hours: .nan}]}"
        ).encode(),
    ),
    "roles-utf8-bom-accepted": ("validate", b"\xef\xbb\xbf" + ROLES.encode()),
    "norms-octal-010-is-ten": (
        "validate",
        b"capacity_hours: 40\nutilization: 0.8\ndrivers: {}\nnorms:\n"
        b"  - {size: small, marketing: true, source: s, roles: [{role: seo, min: 010, max: 9}]}\n",
    ),
    "norms-inf-utilization": ("norms", NORMS.replace("0.8", ".inf").encode()),
    "norms-yes-marketing": (
        "norms",
        NORMS.replace("norms: []", "norms:\n  - " + YES_NORM).encode(),
    ),
}
# Hostile values, for every kind of file: text that is markup or escape sequences, numbers
# that validate as floats but would overflow, keys with newlines, a million items.
ESC = "\\e]0;pwned\\a\\e[2J[bold]x[/bold]"
HOSTILE: dict[str, tuple[str, bytes]] = {
    "profile-escapes-and-brackets": (
        "profile",
        f'name: "{ESC}"\ncompany: {{size: small}}\nduties: ["fix seo [/] now", "{ESC}"]\n'.encode(),
    ),
    "team-escapes-and-brackets": (
        "team",
        f'company: {{size: small}}\npeople: [{{name: "{ESC}", roles: [seo]}}]\n'.encode(),
    ),
    "profile-driver-1e308": ("profile", PROFILE.replace("hours: 5", "platforms: 1e308").encode()),
    "team-driver-1e308": (
        "team",
        TEAM.replace("size: small", "size: small, platforms: 1e308").encode(),
    ),
    "profile-capacity-1e-320": ("profile", (PROFILE + "capacity_hours: 1e-320\n").encode()),
    "norms-utilization-1e-200": ("norms", NORMS.replace("0.8", "1e-200").encode()),
    "roles-hours-1e308": (
        "roles",
        ROLES.replace("source: [s]}", "source: [s], duties: [{name: D, hours: 1e308}]}").encode(),
    ),
    "profile-key-with-newline": (
        "validate",
        b'company: {size: small}\nduties: [{role: seo}]\n"x\\ny.yaml: ok": 1\n',
    ),
    "team-key-with-newline": (
        "validate",
        (TEAM + '"a\\nteam.yaml: ok (team)": 1\n').encode(),
    ),
}
MAKE_HOSTILE = {
    "profile-a-million-items": (
        "profile",
        'Path(NAME).write_bytes(b"company: {size: small}\\nduties:\\n" + b"- x\\n" * 600_000)\n',
    ),
    "team-a-million-items": (
        "team",
        'Path(NAME).write_bytes(b"company: {size: small}\\npeople:\\n" + b"- 1\\n" * 600_000)\n',
    ),
    "profile-unknown-roles-flood": (
        "profile",
        'Path(NAME).write_text("company: {size: small}\\nduties:\\n" + "".join('
        'f"  - role: web guru {i}\\n" for i in range(100_000)))\n',
    ),
    "profile-company-many-keys": (
        "profile",
        'Path(NAME).write_text("company:\\n  size: small\\n" + "".join('
        'f"  k{i}: 1\\n" for i in range(150_000)) + "duties: [{role: seo}]\\n")\n',
    ),
    "team-unknown-roles-flood": (
        "team",
        'Path(NAME).write_text("company: {size: small}\\npeople:\\n" + "".join('
        'f"  - {{name: p{i}, roles: [guru{i}]}}\\n" for i in range(40_000)))\n',
    ),
    "roles-alias-amplified": (
        "validate",
        "from pathlib import Path\n"
        "head = 'a: &a [' + ', '.join(['{id: x, name: n}'] * 200) + ']\\n'\n"
        "body = 'roles: [' + ', '.join(['*a'] * 9000) + ']\\n'\n"
        "Path(NAME).write_text(head + body)\n",
    ),
}
PATHS = {
    "path-missing": "overload nope.yaml",
    "path-directory": "recommend --size small --roles .",
    "path-dev-zero": "validate /dev/zero",
    "path-stdin-bad": "overload -",
    "path-stdin-good": "overload - --format csv",
}


def generate() -> dict[str, bytes]:
    """Every generated file of the corpus, by its path relative to tests/cases/bad/."""
    out: dict[str, bytes] = {}

    def case(name: str, cmd: str, files: dict[str, bytes], make: str | None = None) -> None:
        out[f"{name}/cmd"] = (cmd + "\n").encode()
        for file, data in files.items():
            out[f"{name}/{file}"] = data
        if make is not None:
            out[f"{name}/make.py"] = make.encode()

    for kind in ("profile", "roles", "norms", "team"):
        file, cmd = KINDS[kind]
        for defect, data in GENERIC.items():
            case(f"{kind}-{defect}", cmd, {file: data})
        for defect, make in MAKE.items():
            case(f"{kind}-{defect}", cmd, {}, f"NAME = {file!r}\n{make}")
    for name, (kind, data) in SPECIFIC.items():
        file, cmd = KINDS[kind]
        case(name, cmd, {file: data})
    for kind in ("roles-command", "drivers-command", "overload-norms", "pay", "hiring"):
        file, cmd = KINDS[kind]
        for defect in OTHERS:
            extra = {"me.yaml": PROFILE.encode()} if kind == "overload-norms" else {}
            case(f"{kind}-{defect}", cmd, {file: GENERIC[defect], **extra})
    file, cmd = KINDS["roster"]
    for defect, data in ROSTER_DEFECTS.items():
        case(f"roster-{defect}", cmd, {file: data})
    case(
        "roster-ten-megabytes",
        cmd,
        {},
        "NAME = 'roster.csv'\nPath(NAME).write_bytes(b'name,role\\n' + b'a,seo\\n' * 1_500_000)\n",
    )
    for name, (kind, data) in HOSTILE.items():
        file, cmd = KINDS[kind]
        case(name, cmd, {file: data})
    for name, (kind, make) in MAKE_HOSTILE.items():
        file, cmd = KINDS[kind]
        case(name, cmd, {}, f"NAME = {file!r}\n{make}")
    for name, cmd in PATHS.items():
        case(name, cmd, {})
    out["path-stdin-bad/stdin"] = b"company: {size: tiny}\nduties: [{role: seo}]\n"
    out["path-stdin-good/stdin"] = PROFILE.encode()
    return out


def write(folder: Path = BAD) -> list[str]:
    """Write the generated files into `folder`; the paths that changed."""
    changed = []
    for name, data in generate().items():
        path = folder / name
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(name)
    return changed
