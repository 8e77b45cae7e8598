#!/usr/bin/env bash
# Checks `ragft schema` with a real JSON Schema 2020-12 validator: ajv in
# strict mode (which validates the schema against the draft's meta-schema),
# and yaml, the YAML 1.2 reader editors' language servers use. tests/run-all.sh
# installs both into the build tree (build/validators) and exports
# RAGFT_VALIDATORS.
#
#   - the schemas of the built-in rules and of a rule layer compile;
#   - every example profile, every example ADR's proposal and the three
#     `ragft init` templates are valid;
#   - the schema and ragft agree: on proposals written to test one form each,
#     what the schema accepts ragft reads (exit 0 or 1), and what the schema
#     rejects ragft rejects too (exit 2).
#
# Usage: schema_validate.sh RAGFT_BINARY SOURCE_DIR [VALIDATORS_DIR]
# Exit 77 (skipped) when the validators are not installed, except under CI.
set -u
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
tools=${RAGFT_VALIDATORS:-${3:-}}
if [[ -z "$tools" || ! -d "$tools/node_modules/ajv" || ! -d "$tools/node_modules/yaml" ]] || ! command -v node >/dev/null; then
  echo "schema_validate: the validators are not installed in '${tools}' (tests/run-all.sh installs them with npm)"
  [[ -n "${CI:-}" ]] && exit 1
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RAGFT_TODAY=2026-11-21
cd "$src" || exit 1
"$bin" schema >"$work/schema.json" || exit 1
"$bin" --rules tests/e2e/fixtures/layers/team.yaml schema >"$work/team-schema.json" || exit 1
mkdir -p "$work/good" "$work/bad"
"$bin" init >"$work/good/init-profile.yaml"
"$bin" init --proposal >"$work/good/init-proposal.yaml"
"$bin" -q init --proposal -o "$work/good/init-adr.md"

good() { cat >"$work/good/$1.yaml"; }
bad() { cat >"$work/bad/$1.yaml"; }
good human-forms <<'EOF'
project: Every accepted form
approach: fine_tune
answers:
  problem: behavior
  behavior: format
  prompt_quality: 97%
  quality_target: 0.997
  labeled_examples: "2,000"
  eval_set: yes
  calls_per_day: 40k
  latency_budget_ms: 1.5k
  citations_required: false
  x-note: ignored
waivers:
  - rule: prompt-not-measured
    reason: measured in ADR 7
    owner: ml-team
    expires: 2027-12-31
    x-ticket: OPS-12
x-owner: logistics
EOF
good blanks <<'EOF'
project: 42
approach: rag
answers:
  problem: knowledge
  knowledge_change:
  prompt_quality: "0.9"
  labeled_examples: 4e3
  eval_set: Y
waivers:
EOF
bad unknown-answer <<'EOF'
approach: rag
answers:
  labeled_exampels: 2000
EOF
bad unknown-choice <<'EOF'
approach: rag
answers:
  problem: knowlege
EOF
bad fraction-above-one <<'EOF'
approach: rag
answers:
  prompt_quality: 1.5
EOF
bad percent-above-100 <<'EOF'
approach: rag
answers:
  prompt_quality: 150%
EOF
bad negative-count <<'EOF'
approach: rag
answers:
  labeled_examples: -5
EOF
bad not-whole <<'EOF'
approach: rag
answers:
  labeled_examples: 2.5
EOF
bad not-a-number <<'EOF'
approach: rag
answers:
  calls_per_day: lots
EOF
bad zero-latency <<'EOF'
approach: rag
answers:
  latency_budget_ms: 0
EOF
bad not-yes-or-no <<'EOF'
approach: rag
answers:
  eval_set: maybe
EOF
bad unknown-key <<'EOF'
aproach: rag
answers: {}
EOF
bad unknown-approach <<'EOF'
approach: finetune
answers: {}
EOF
bad no-answers <<'EOF'
approach: rag
EOF
bad waiver-no-reason <<'EOF'
approach: rag
answers: {}
waivers:
  - rule: teach-facts
EOF
bad waiver-bad-date <<'EOF'
approach: rag
answers: {}
waivers:
  - rule: teach-facts
    reason: because
    expires: 31.12.2027
EOF
bad waiver-unknown-rule <<'EOF'
approach: rag
answers: {}
waivers:
  - rule: teach-fact
    reason: because
EOF
bad waiver-unknown-key <<'EOF'
approach: rag
answers: {}
waivers:
  - rule: teach-facts
    reason: because
    expiry: 2027-01-01
EOF
bad waivers-without-approach <<'EOF'
answers: {}
waivers:
  - rule: teach-facts
    reason: because
EOF

cat >"$work/validate.js" <<'EOF'
// node validate.js SCHEMA TEAM_SCHEMA EXAMPLES_DIR GOOD_DIR BAD_DIR
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const YAML = require("yaml");
const [schemaFile, teamFile, examples, goodDir, badDir] = process.argv.slice(2);
const compile = (file) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
};
const validate = compile(schemaFile);
compile(teamFile);
console.log("ok   the schemas compile (strict, against the 2020-12 meta-schema)");

// The proposals of a file: every YAML document, or an ADR's `ragft` key.
function proposals(file) {
  const text = fs.readFileSync(file, "utf8");
  if (!file.endsWith(".md")) return YAML.parseAllDocuments(text).map((d) => d.toJS());
  const m = text.replace(/^\uFEFF/, "").match(/^---\r?\n([\s\S]*?)\r?\n(---|\.\.\.)\r?\n/);
  if (!m) return [];
  const front = YAML.parse(m[1]);
  if (!front || !front.ragft || /^(rejected|superseded|deprecated)/i.test(String(front.status || ""))) return [];
  return [front.ragft];
}
let failed = 0, checked = 0;
function expect(file, valid) {
  for (const doc of proposals(file)) {
    checked++;
    const ok = validate(doc);
    const name = path.relative(process.cwd(), file);
    if (ok === valid) continue;
    failed++;
    console.log(`FAIL ${name}: the schema ${ok ? "accepts it, but it is invalid" : "rejects it"}`);
    for (const e of validate.errors || []) console.log(`     ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
const files = (dir, re) => fs.readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => path.join(dir, f));
for (const f of files(examples, /\.ya?ml$/)) expect(f, true);
for (const f of files(path.join(examples, "adr"), /\.md$/)) expect(f, true);
for (const f of files(goodDir, /\.(ya?ml|md)$/)) expect(f, true);
for (const f of files(badDir, /\.ya?ml$/)) expect(f, false);
console.log(`${failed ? "FAIL" : "ok  "} ${checked} documents: examples and good ones valid, bad ones invalid`);
process.exit(failed ? 1 : 0);
EOF
NODE_PATH="$tools/node_modules" node "$work/validate.js" "$work/schema.json" "$work/team-schema.json" examples \
  "$work/good" "$work/bad"
code=$?

# ragft agrees: it reads the good ones (0 or 1: pass or fail) and rejects the bad ones (2).
for f in "$work"/good/*; do
  [[ $f == */init-profile.yaml ]] && continue  # a profile, not a proposal: scored below
  "$bin" check "$f" >/dev/null 2>"$work/err"
  c=$?
  if [[ $c -gt 1 ]]; then
    echo "FAIL $(basename "$f"): valid for the schema, but ragft check exits $c"
    cat "$work/err"
    code=1
  fi
done
for f in "$work"/bad/*; do
  "$bin" check "$f" >/dev/null 2>&1
  c=$?
  if [[ $c -ne 2 ]]; then
    echo "FAIL $(basename "$f"): invalid for the schema, but ragft check exits $c"
    code=1
  fi
done
"$bin" score "$work/good/init-profile.yaml" >/dev/null || {
  echo "FAIL: the profile template does not score"
  code=1
}
[[ $code -eq 0 ]] && echo "schema: $(ls "$work"/good | wc -l) good and $(ls "$work"/bad | wc -l) bad documents agree, 0 failed"
exit $code
