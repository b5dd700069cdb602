#!/usr/bin/env python3
"""Regenerates the example outputs pasted into README.md and docs/*.md, so they stay true.

Each example is a fenced block preceded by a marker line:

    <!-- example: run scenarios/llm-chat.yaml --format json -->

`run ARGS` runs `./billsim run ARGS -q` and pastes stdout (`sweep ARGS` likewise, with its files
written to a temporary directory); three extra options shape the paste:
`--only NAME` runs the scenario with only that platform (results do not change: platforms share
no random numbers), `--head N` keeps the first N lines, `--tail N` the last N. `errors FILE`
pastes the failing run of the YAML block just above the marker, saved as FILE, with the exit
code.

A data file that an error example reads (a trace, a CSV of latencies) is a fenced block preceded
by `<!-- file: NAME -->`: it is written, unchanged, as NAME beside the error examples that follow
it, and is never regenerated. A scenario written that way can also be run: `run NAME` runs the
file a `file:` block wrote, if there is one, before looking in the repository, so a page can show
a scenario and its output without adding it to `scenarios/`. Run from the repository root:

    python3 docs/update-examples.py
"""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARKER = re.compile(r"^<!-- example: (.*) -->$")
FILE_MARKER = re.compile(r"^<!-- file: (.*) -->$")


def billsim(args, cwd=ROOT):
    result = subprocess.run([str(ROOT / "billsim"), *args], cwd=cwd, capture_output=True, text=True)
    return result


def only_platform(source, name, workdir):
    """Writes a copy of the scenario with one platform, keeping the file's text otherwise."""
    import yaml  # PyYAML: Debian's python3-yaml

    data = yaml.safe_load(source.read_text())
    data["platforms"] = [p for p in data["platforms"] if p["name"] == name]
    folder = pathlib.Path(workdir) / "only" / name
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / source.name
    copy.write_text(yaml.safe_dump(data, sort_keys=False))
    # Data paths are relative to the scenario: link its folders (data/) beside the copy.
    for child in source.parent.iterdir():
        link = folder / child.name
        if child.is_dir() and not link.exists():
            link.symlink_to(child)
    return str(copy)


def run_example(spec, workdir):
    words = spec.split()
    head = tail = None
    if "--head" in words:
        i = words.index("--head")
        head = int(words[i + 1])
        del words[i : i + 2]
    if "--tail" in words:
        i = words.index("--tail")
        tail = int(words[i + 1])
        del words[i : i + 2]
    # A scenario written by a `file:` block runs from the work folder, under the name it was given.
    written = len(words) > 1 and (pathlib.Path(workdir) / words[1]).exists()
    cwd = workdir if written else ROOT
    if "--only" in words:
        i = words.index("--only")
        words[1] = only_platform(pathlib.Path(cwd) / words[1], words[i + 1], workdir)
        del words[i : i + 2]
    if words[0] == "sweep" and "--out" not in words:
        # A sweep writes files: keep them out of reports/, only its stdout is pasted.
        words += ["--out", str(pathlib.Path(workdir) / "sweep")]
    result = billsim(words + ["-q"], cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"example '{spec}' failed:\n{result.stderr}")
    lines = result.stdout.rstrip("\n").split("\n")
    lines = lines[:head] if head else lines
    return lines[-tail:] if tail else lines


def error_example(name, yaml_text, workdir):
    (pathlib.Path(workdir) / name).write_text(yaml_text)
    result = billsim(["run", name], cwd=workdir)
    return (["$ ./billsim run " + name] + result.stderr.rstrip("\n").split("\n")
            + ["$ echo $?", str(result.returncode)])


def update(path, workdir):
    lines = path.read_text().split("\n")
    out, i, changed = [], 0, 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        match = MARKER.match(line)
        i += 1
        data_file = FILE_MARKER.match(line)
        if data_file:
            end = i + 1
            while not lines[end].startswith("```"):
                end += 1
            target = pathlib.Path(workdir) / data_file.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(lines[i + 1 : end]) + "\n")
            continue
        if not match:
            continue
        spec = match.group(1)
        fence = lines[i]
        end = i + 1
        while not lines[end].startswith("```"):
            end += 1
        if spec.startswith("errors "):
            # The YAML block just above the marker is the broken scenario.
            above = len(out) - 2
            while not out[above].startswith("```"):
                above -= 1
            start = above - 1
            while not out[start].startswith("```"):
                start -= 1
            body = error_example(spec.split()[1], "\n".join(out[start + 1 : above]) + "\n", workdir)
        else:
            body = run_example(spec, workdir)
        out += [fence, *body, lines[end]]
        i = end + 1
        changed += 1
    path.write_text("\n".join(out))
    return changed


def main():
    with tempfile.TemporaryDirectory() as workdir:
        for path in FILES:
            if "<!-- example:" in path.read_text():
                print(f"{path.relative_to(ROOT)}: {update(path, workdir)} examples", file=sys.stderr)


if __name__ == "__main__":
    main()
