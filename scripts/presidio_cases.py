#!/usr/bin/env python3
"""Extract Presidio's recognizer test cases as JSONL, for careloop's peer suite.

Reads presidio-analyzer/tests/test_*_recognizer.py from a Presidio checkout (or from a directory the
peer-suite script filled from Presidio's git directory) and parses each file with the `ast` module: nothing of
Presidio is imported or run, and pytest is not needed. The literal arguments of every
`@pytest.mark.parametrize(...)` whose argument names include the text and the expected number of results are
evaluated with `ast.literal_eval` and written one case per line:

    {"file": "test_us_ssn_recognizer.py", "test": "test_when_snn_in_text_...", "index": 2,
     "presidio_entity": "US_SSN", "careloop_types": ["SSN"], "text": "...",
     "expected_count": 1, "spans": [[0, 11]], "duplicates": []}

`index` is the position of the case in the parametrize list (pytest's id `[...-index]` order), so a case can be
named without its text. A case whose `expected_count` is 0 is one of Presidio's negative cases.
`expected_count` can exceed the number of `spans` when Presidio's test gives the count but not the positions
(those results are "unpositioned").

Only the Presidio entities careloop covers are written (MAPPING below); the others are counted and listed on
stderr with the reason (SKIPPED). The output holds Presidio's test texts: write it to a temporary directory or
target/, never into the repository.

Usage: presidio_cases.py TESTS_DIR OUTPUT.jsonl [--keep-duplicates]
"""

import ast
import json
import sys
from collections import Counter, OrderedDict
from pathlib import Path

# Presidio entity -> careloop EntityType names that count as "the same type" (the first is the main one).
MAPPING = OrderedDict([
    ("PERSON", ["NAME"]),
    ("PHONE_NUMBER", ["PHONE", "FAX"]),
    # Presidio's Turkish and Philippine phone recognizers: still telephone numbers (Safe Harbor (D) names no
    # country), so careloop should remove them although its phone parser defaults to the US region.
    ("TR_PHONE_NUMBER", ["PHONE", "FAX"]),
    ("PH_MOBILE_NUMBER", ["PHONE", "FAX"]),
    ("EMAIL_ADDRESS", ["EMAIL"]),
    ("US_SSN", ["SSN"]),
    # An ITIN has the SSN's 3-2-4 shape and stands in for an SSN for people who cannot have one; careloop has no
    # tax-number type, so the SSN recognizer is the one that should take it.
    ("US_ITIN", ["SSN"]),
    ("CREDIT_CARD", ["ACCOUNT"]),
    ("IBAN_CODE", ["ACCOUNT"]),
    ("US_BANK_NUMBER", ["ACCOUNT"]),
    ("US_PASSPORT", ["LICENSE"]),
    ("US_DRIVER_LICENSE", ["LICENSE"]),
    ("MEDICAL_LICENSE", ["LICENSE"]),
    ("IP_ADDRESS", ["IP_ADDRESS"]),
    ("URL", ["URL"]),
    ("DATE_TIME", ["DATE"]),
    # The NHS number is the patient's identifier across NHS records and the health service's own number for
    # them: a record number and a health-plan number at once.
    ("UK_NHS", ["MRN", "HEALTH_PLAN"]),
    # The Medicare Beneficiary Identifier is a health-plan beneficiary number (Safe Harbor (I)).
    ("US_MBI", ["HEALTH_PLAN"]),
])

# Presidio entities deliberately left out, with the reason; anything else not mapped is "not covered".
SKIPPED = {
    "ABA_ROUTING_NUMBER": "identifies a bank, not a person (not a Safe Harbor identifier)",
    "US_NPI": "identifies the clinician (National Provider Identifier), not the patient",
    "MAC_ADDRESS": "a network hardware address; careloop's DEVICE type is serial numbers after their label",
    "CRYPTO": "crypto-currency wallet addresses; careloop has no recognizer for them",
}
NATIONAL_PREFIXES = ("AU_", "CA_", "DE_", "ES_", "FI_", "IN_", "IT_", "KR_", "NG_", "PH_", "PL_", "SE_", "SG_",
                     "TH_", "TR_", "UK_", "ZA_")
NATIONAL_REASON = "a non-US national identifier; careloop recognises US HIPAA Safe Harbor identifiers"

TEXT_ARGS = ("text", "iban", "input_text")
COUNT_ARGS = ("expected_len",)
POSITION_ARGS = ("expected_positions", "expected_position", "expected_res")


def skip_reason(entity):
    if entity in SKIPPED:
        return SKIPPED[entity]
    if entity.startswith(NATIONAL_PREFIXES):
        return NATIONAL_REASON
    return "no careloop type for it"


def is_parametrize(node):
    """`pytest.mark.parametrize(...)` or `mark.parametrize(...)`."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "parametrize")


class _ConstantFStrings(ast.NodeTransformer):
    """f"fe80::1%eth0/64" (an f-string without placeholders) -> the plain string, so literal_eval takes it."""

    def visit_JoinedStr(self, node):
        if all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.values):
            return ast.copy_location(ast.Constant("".join(v.value for v in node.values)), node)
        return node


def literal(node, names):
    """The value of a literal node, a module-level literal name, or a pytest.param(...) wrapper."""
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "param"):
        return tuple(literal(a, names) for a in node.args)
    return ast.literal_eval(_ConstantFStrings().visit(node))


def module_literals(tree):
    names = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            try:
                names[stmt.targets[0].id] = ast.literal_eval(stmt.value)
            except (ValueError, SyntaxError, TypeError):
                pass
    return names


def fixture_entities(tree):
    """The list returned by the module's `entities()` fixture, e.g. ["US_SSN"]."""
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.name == "entities":
            for inner in ast.walk(stmt):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    try:
                        value = ast.literal_eval(inner.value)
                        if isinstance(value, (list, tuple)):
                            return list(value)
                    except (ValueError, SyntaxError):
                        pass
    return []


def arg_names(node, names):
    value = literal(node, names)
    if isinstance(value, str):
        return [n.strip() for n in value.split(",") if n.strip()]
    return [str(n).strip() for n in value]


def as_spans(value):
    """((0, 9), (10, 19)) or [[0, 9]] or a single (0, 9) -> [[0, 9], [10, 19]]."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return [[value[0], value[1]]]
    spans = []
    for item in value or ():
        if isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(v, int) for v in item):
            spans.append([item[0], item[1]])
        else:
            raise ValueError("not a position: %r" % (item,))
    return spans


def cases_of(path, stats):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    names = module_literals(tree)
    fixture = fixture_entities(tree)
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for deco in func.decorator_list:
            if not is_parametrize(deco) or len(deco.args) < 2:
                continue
            try:
                argnames = arg_names(deco.args[0], names)
            except (ValueError, SyntaxError, TypeError):
                stats["parametrize lists with non-literal argument names", path.name] += 1
                continue
            text_arg = next((a for a in argnames if a in TEXT_ARGS), None)
            count_arg = next((a for a in argnames if a in COUNT_ARGS), None)
            if text_arg is None or count_arg is None:
                stats["parametrize lists that are not text cases (validators, options)", path.name] += 1
                continue
            values_node = deco.args[1]
            if isinstance(values_node, ast.Name):
                elements = names.get(values_node.id)
                element_nodes = None
                if elements is None:
                    stats["parametrize lists that are not literal", path.name] += 1
                    continue
            else:
                element_nodes = getattr(values_node, "elts", None)
                if element_nodes is None:
                    stats["parametrize lists that are not literal", path.name] += 1
                    continue
                elements = element_nodes
            for index, element in enumerate(elements):
                try:
                    row = literal(element, names) if element_nodes is not None else element
                except (ValueError, SyntaxError, TypeError):
                    stats["cases that are not literal (computed values)", path.name] += 1
                    continue
                if not isinstance(row, (list, tuple)) or len(row) != len(argnames):
                    stats["cases whose shape does not match their argument names", path.name] += 1
                    continue
                args = dict(zip(argnames, row))
                try:
                    yield from split_by_entity(path.name, func.name, index, args, text_arg, count_arg, fixture)
                except ValueError:
                    stats["cases with no entity or unreadable positions (generic pattern tests)", path.name] += 1


def split_by_entity(file, test, index, args, text_arg, count_arg, fixture):
    text = args[text_arg]
    count = int(args[count_arg])
    if "expected_start" in args and "expected_end" in args:
        spans = [[args["expected_start"], args["expected_end"]]] if count else []
    else:
        pos_arg = next((a for a in POSITION_ARGS if a in args), None)
        spans = as_spans(args[pos_arg]) if pos_arg else []
    # Which entity each expected result is: a per-case list, an index into the fixture, or the fixture's one.
    if isinstance(args.get("entities"), (list, tuple)) and args["entities"]:
        per_result = list(args["entities"])
    elif "entity_num" in args and fixture:
        per_result = [fixture[args["entity_num"]]] * max(count, 1)
    elif fixture:
        per_result = [fixture[0]] * max(count, 1)
    else:
        raise ValueError("no entity for %s %s[%d]" % (file, test, index))
    if count == 0:
        yield case(file, test, index, per_result[0], text, 0, [])
        return
    grouped = OrderedDict()
    for i in range(count):
        entity = per_result[i] if i < len(per_result) else per_result[-1]
        grouped.setdefault(entity, {"count": 0, "spans": []})
        grouped[entity]["count"] += 1
        if i < len(spans):
            grouped[entity]["spans"].append(spans[i])
    for entity, g in grouped.items():
        yield case(file, test, index, entity, text, g["count"], g["spans"])


def case(file, test, index, entity, text, count, spans):
    return OrderedDict([
        ("file", file), ("test", test), ("index", index), ("presidio_entity", entity),
        ("careloop_types", MAPPING.get(entity)), ("text", text), ("expected_count", count),
        ("spans", spans), ("duplicates", []),
    ])


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    tests_dir, output = Path(argv[1]), Path(argv[2])
    keep_duplicates = "--keep-duplicates" in argv
    files = sorted(tests_dir.glob("test_*_recognizer.py"))
    if not files:
        print("no test_*_recognizer.py under %s" % tests_dir, file=sys.stderr)
        return 1
    stats = Counter()
    kept, skipped_cases, skipped_spans, skipped_reason = [], Counter(), Counter(), {}
    seen = {}
    for path in files:
        for c in cases_of(path, stats):
            entity = c["presidio_entity"]
            if c["careloop_types"] is None:
                skipped_cases[entity] += 1
                skipped_spans[entity] += c["expected_count"]
                skipped_reason[entity] = skip_reason(entity)
                continue
            key = (entity, c["text"], json.dumps(c["spans"]), c["expected_count"])
            if not keep_duplicates and key in seen:
                seen[key]["duplicates"].append("%s::%s[%d]" % (c["file"], c["test"], c["index"]))
                stats["duplicate cases merged (same entity, text and expected spans)", c["file"]] += 1
                continue
            seen[key] = c
            kept.append(c)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        for c in kept:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")

    per_entity = Counter(c["presidio_entity"] for c in kept)
    print("presidio_cases: %d test files, %d cases of %d covered entities written to %s"
          % (len(files), len(kept), len(per_entity), output), file=sys.stderr)
    print("skipped entities (cases / expected results, reason):", file=sys.stderr)
    for entity in sorted(skipped_cases):
        print("  %-28s %4d / %4d  %s" % (entity, skipped_cases[entity], skipped_spans[entity],
                                          skipped_reason[entity]), file=sys.stderr)
    print("not read as cases:", file=sys.stderr)
    by_what = OrderedDict()
    for (what, file), n in sorted(stats.items()):
        by_what.setdefault(what, []).append("%s %d" % (file, n))
    for what, files in by_what.items():
        print("  %s: %s" % (what, ", ".join(files)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
