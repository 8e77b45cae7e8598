#!/usr/bin/env bash
# Validates the SARIF that `ragft check --format sarif` writes against the
# SARIF 2.1.0 JSON schema, with a real validator: ajv (draft-04 flavour, the
# schema's own draft) and the schema as shipped in the npm package
# @microsoft/jest-sarif (sarif-2.1.0-rtm.5). tests/run-all.sh installs both
# into the build tree (build/validators) and exports RAGFT_VALIDATORS.
#
# Logs checked: failures, passes, waived (suppressions), expired and unused
# waivers, skipped ADRs (notifications), invalid input, --strict, the shipped
# examples with the default rules, a run with no results, and the gate's own
# cases: nothing found, a file of empty documents, an ADR with no answers, a
# low-confidence verdict under --strict, upper-case extensions, a UTF-16 ADR. A broken log
# must be rejected, so the validator is known to work.
#
# Usage: sarif_validate.sh RAGFT_BINARY SOURCE_DIR [VALIDATORS_DIR]
# Exit 77 (skipped) when the validators are not installed, except under CI.
set -u
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
tools=${RAGFT_VALIDATORS:-${3:-}}
schema="$tools/sarif-schema-2.1.0.json"
if [[ -z "$tools" || ! -f "$schema" || ! -d "$tools/node_modules/ajv-draft-04" ]] || ! command -v node >/dev/null; then
  echo "sarif_validate: the validators are not installed in '${tools}' (tests/run-all.sh installs them with npm)"
  [[ -n "${CI:-}" ]] && exit 1
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RAGFT_TODAY=2026-11-21
fixture_rules=(--no-default-rules --rules layers/check.yaml)
run() {  # run NAME ARGS...: writes $work/NAME.sarif; ragft must exit 0, 1 or 2
  local name=$1
  shift
  "$bin" "$@" --format sarif >"$work/$name.sarif" 2>"$work/$name.err"
  local code=$?
  if [[ $code -gt 2 ]]; then
    echo "FAIL $name: ragft exited $code"
    cat "$work/$name.err"
    exit 1
  fi
}
cd "$src/tests/e2e/fixtures" || exit 1
run mixed "${fixture_rules[@]}" check check/behind.yaml check/close.yaml check/untried.yaml \
  check/waivers/waived.yaml check/waivers/expired.yaml check/waivers/unused.yaml adr/
run strict "${fixture_rules[@]}" check --strict check/ adr/0003-bom.md
run waivers-invalid "${fixture_rules[@]}" check check/waivers/bad.yaml nope.yaml
run all-pass "${fixture_rules[@]}" check check/recommended.yaml
cd "$src" || exit 1
run examples check examples/adr/

# The gate's own cases: nothing found (an empty directory, a file of empty
# documents), an ADR that answers nothing, a low-confidence verdict, upper-case
# extensions, a UTF-16 ADR. Each must still be a valid log.
mkdir -p "$work/in/empty" "$work/in/upper"
printf -- '---\n---\n' >"$work/in/empty-docs.yaml"
printf -- '---\nstatus: proposed\nragft:\n  approach: fine_tune\n  answers: {}\n---\n# Nothing answered\n' >"$work/in/no-answers.md"
cp "$src/examples/adr/0003-fine-tune-on-policy-documents.md" "$work/in/upper/0003.MD"
cp "$src/examples/adr/0002-retrieval-for-policy-answers.md" "$work/in/upper/0002.Markdown"
iconv -f UTF-8 -t UTF-16 "$src/examples/adr/0003-fine-tune-on-policy-documents.md" >"$work/in/utf16.md"
run nothing-found check "$work/in/empty/"
run empty-documents check "$work/in/empty-docs.yaml"
run no-answers check "$work/in/no-answers.md"
run upper-case check "$work/in/upper/"
run utf16 check "$work/in/utf16.md"
cd "$src/tests/e2e/fixtures" || exit 1
run low-confidence "${fixture_rules[@]}" check --strict check/close.yaml
cd "$src" || exit 1

# A log that is not valid SARIF: the validator must say so.
node -e '
const fs = require("fs");
const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
log.runs[0].results[0].level = "fatal";
delete log.runs[0].tool.driver.name;
fs.writeFileSync(process.argv[2], JSON.stringify(log));
' "$work/mixed.sarif" "$work/broken.sarif.bad"

cat >"$work/validate.js" <<'EOF'
// node validate.js SCHEMA FILE...: files ending in .bad must be invalid, the others valid.
const fs = require("fs");
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");
// The SARIF schema has a pattern that is not a valid unicode regular expression.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
let failed = 0;
for (const file of process.argv.slice(3)) {
  const expectValid = !file.endsWith(".bad");
  const ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  const name = file.replace(/.*\//, "");
  if (ok === expectValid) {
    console.log(`ok   ${name}: ${ok ? "valid" : "invalid, as it should be"}`);
    continue;
  }
  failed++;
  console.log(`FAIL ${name}: ${ok ? "valid, but it is broken" : "invalid SARIF"}`);
  for (const e of validate.errors || []) console.log(`     ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
process.exit(failed ? 1 : 0);
EOF
NODE_PATH="$tools/node_modules" node "$work/validate.js" "$schema" "$work"/*.sarif "$work"/*.sarif.bad
code=$?
# The logs must hold what they are meant to: results, suppressions, notifications.
grep -q '"suppressions"' "$work/mixed.sarif" && grep -q '"toolExecutionNotifications"' "$work/mixed.sarif" &&
  grep -q '"ragft/invalid-input"' "$work/waivers-invalid.sarif" && grep -q '"ragft/waiver-unused"' "$work/strict.sarif" &&
  grep -q '"results": \[\]' "$work/all-pass.sarif" &&
  jq -e '.runs[0].results == [] and .runs[0].invocations[0].exitCode == 2 and
    (.runs[0].invocations[0].toolExecutionNotifications[0].message.text | startswith("nothing checked"))' \
    "$work/nothing-found.sarif" >/dev/null &&
  jq -e '[.runs[0].results[] | select(.ruleId == "ragft/invalid-input")] | length == 1' "$work/empty-documents.sarif" >/dev/null &&
  jq -e '[.runs[0].results[] | select(.ruleId == "ragft/missing-answer")] | length == 7' "$work/no-answers.sarif" >/dev/null &&
  jq -e '[.runs[0].results[] | select(.ruleId == "ragft/low-confidence" and .level == "error")] | length == 1' \
    "$work/low-confidence.sarif" >/dev/null &&
  jq -e '[.runs[0].results[].locations[0].physicalLocation.artifactLocation.uri] | unique | length == 1' \
    "$work/upper-case.sarif" >/dev/null &&
  jq -e '.runs[0].results[0].locations[0].physicalLocation.region.startLine == 8' "$work/utf16.sarif" >/dev/null &&
  jq -e '[.runs[0].tool.driver.rules[] | select((.helpUri | test("^https?://.*/docs/(decision-model|ci)\\.md#")) and .name != null
    and (.shortDescription.text | test("\n") | not) and (.fullDescription.text | test("[{}]") | not))] | length > 0' \
    "$work/examples.sarif" >/dev/null &&
  jq -e '[.runs[0].tool.driver.rules[] | select(.helpUri == null or .name == null or (.fullDescription.text | test("[{}]")))]
    | length == 0' "$work/examples.sarif" >/dev/null || {
  echo "FAIL: a log lacks the results it was meant to hold"
  code=1
}
[[ $code -eq 0 ]] && echo "sarif: 12 passed, 0 failed"
exit $code
