#!/usr/bin/env bash
# Runs the shell steps of action.yml (the composite GitHub Action) locally, as
# the runner would: each step's `run:` script with `bash --noprofile --norc
# -eo pipefail`, its `env:` with the ${{ inputs.* }}, ${{ github.* }} and
# ${{ steps.*.outputs.* }} expressions filled in, and GITHUB_OUTPUT,
# GITHUB_ACTION_PATH and RUNNER_TEMP set. The build step really builds ragft
# from this source tree (into BUILD_DIR, so reruns are incremental).
#
# Cases: a directory with a failing ADR (exit 1, annotations in ::group::s,
# a SARIF log), a passing ADR (exit 0), one with a warning (exit 0, and 1 with
# strict), an empty directory (exit 2, and still a SARIF log), the same with
# allow-empty (exit 0). The SARIF logs are
# validated against SARIF 2.1.0 when the validators are installed.
#
# Usage: action_test.sh SOURCE_DIR BUILD_DIR [VALIDATORS_DIR]
set -u
src=$(readlink -f "$1")
build=$(readlink -m "$2")
tools=${RAGFT_VALIDATORS:-${3:-}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

cat >"$work/run_action.py" <<'EOF'
# python3 run_action.py ACTION_YML WORKDIR KEY=VALUE...: runs the action's
# steps in WORKDIR with the inputs given; prints each step's output; exits
# with the exit code of the first step that fails (0 when all pass).
import os, re, subprocess, sys, tempfile, yaml

action = yaml.safe_load(open(sys.argv[1]))
workdir = sys.argv[2]
inputs = {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()}
for kv in sys.argv[3:]:
    k, v = kv.split("=", 1)
    if k not in inputs:
        sys.exit(f"unknown input {k}")
    inputs[k] = v
github = {"action_repository": "example/ragft", "action_ref": "v1",
          "action_path": os.path.dirname(os.path.abspath(sys.argv[1]))}
outputs = {}

def expand(value):
    def one(m):
        expr = m.group(1).strip()
        parts = expr.split(".")
        if parts[0] == "inputs":
            return inputs[parts[1]]
        if parts[0] == "github":
            return github[parts[1]]
        if parts[0] == "steps" and parts[2] == "outputs":
            return outputs.get(parts[1], {}).get(parts[3], "")
        raise SystemExit(f"unsupported expression: {expr}")
    return re.sub(r"\$\{\{(.*?)\}\}", one, str(value))

runner_temp = tempfile.mkdtemp(dir=os.environ.get("RUNNER_TEMP_PARENT"))
assert action["runs"]["using"] == "composite"
for step in action["runs"]["steps"]:
    assert step.get("shell") == "bash", f"step {step.get('name')}: shell must be bash"
    out_file = os.path.join(runner_temp, "output")
    open(out_file, "w").close()
    env = dict(os.environ)
    env.update({"GITHUB_OUTPUT": out_file, "GITHUB_ACTION_PATH": github["action_path"], "RUNNER_TEMP": runner_temp})
    for k, v in (step.get("env") or {}).items():
        env[k] = expand(v)
    assert "${{" not in step["run"], f"step {step.get('name')}: expressions belong in env:, not in the script"
    script = os.path.join(runner_temp, "step.sh")
    open(script, "w").write(step["run"])
    print(f"== step: {step['name']}", flush=True)
    code = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workdir, env=env)
    if "id" in step:
        outputs[step["id"]] = dict(line.split("=", 1) for line in open(out_file).read().splitlines() if "=" in line)
    if code != 0:
        print(f"== step '{step['name']}' exited {code}", flush=True)
        sys.exit(code)
sys.exit(0)
EOF

# A throwaway repository: one failing and one passing ADR, and a README.
repo="$work/repo"
mkdir -p "$repo/docs/adr" "$repo/docs/adr-pass" "$repo/docs/empty"
cat >"$repo/docs/adr/0001-fine-tune-the-faq.md" <<'EOF'
---
title: Fine-tune a model on the FAQ
status: proposed
ragft:
  approach: fine_tune
  answers:
    problem: knowledge
    knowledge_change: monthly
    task_scope: broad
    labeled_examples: 300
    eval_set: no
    calls_per_day: 2000
    citations_required: yes
---
# 1. Fine-tune a model on the FAQ
EOF
sed 's/approach: fine_tune/approach: rag/; s/Fine-tune a model on/Retrieval over/' \
  "$repo/docs/adr/0001-fine-tune-the-faq.md" >"$repo/docs/adr-pass/0002-retrieval.md"
printf '# Decision records\n' >"$repo/docs/adr/README.md"
# Passes, but with a waiver that matches no finding: a warning, which fails
# with strict.
mkdir -p "$repo/docs/adr-strict"
sed '/^    citations_required: yes$/a\
  waivers:\
    - rule: regulated-is-not-a-reason\
      reason: kept from an earlier draft' "$repo/docs/adr-pass/0002-retrieval.md" >"$repo/docs/adr-strict/0003-waiver.md"

run() {  # run NAME EXPECTED_EXIT INPUT=VALUE...
  local name=$1 want=$2
  shift 2
  (cd "$repo" && RUNNER_TEMP_PARENT="$work" python3 "$work/run_action.py" "$src/action.yml" "$repo" \
    "build-dir=$build" "sarif-file=$work/$name.sarif" "$@") >"$work/$name.out" 2>&1
  local code=$?
  if [[ $code -ne $want ]]; then
    echo "FAIL $name: exit $code, expected $want"
    tail -40 "$work/$name.out"
    fail=1
    return 1
  fi
  echo "ok   $name: exit $code"
}
expect() {  # expect NAME PATTERN: the step output must hold PATTERN (a fixed string)
  if ! grep -qF -- "$2" "$work/$1.out"; then
    echo "FAIL $1: the output lacks '$2'"
    fail=1
  fi
}

run failing 1 paths=docs/adr/ &&
  expect failing "::group::ragft: docs/adr/0001-fine-tune-the-faq.md" &&
  expect failing "::error file=docs/adr/0001-fine-tune-the-faq.md,line=5,col=13,endColumn=22,title=ragft%3A facts-move-too-fast-to-train::" &&
  expect failing "::endgroup::" &&
  expect failing "ragft: SKIP docs/adr/README.md: no front matter"
run passing 0 "paths=docs/adr-pass/ docs/adr/README.md" &&
  expect passing "ragft: PASS docs/adr-pass/0002-retrieval.md: rag is the recommendation"
run not-strict 0 paths=docs/adr-strict/ &&
  expect not-strict "::warning file=docs/adr-strict/0003-waiver.md,line=15,col=13,endColumn=38,title=ragft/waiver-unused::"
run strict 1 paths=docs/adr-strict/ strict=true &&
  expect strict "::error file=docs/adr-strict/0003-waiver.md,line=15,col=13,endColumn=38,title=ragft/waiver-unused::"
run empty 2 paths=docs/empty/ &&
  expect empty "::error title=ragft%3A nothing checked::nothing checked: no proposal file in 'docs/empty/'"
run empty-allowed 0 paths=docs/empty/ allow-empty=true

# Every run wrote a SARIF log, the empty one too.
for name in failing passing not-strict strict empty empty-allowed; do
  if ! jq -e '.version == "2.1.0" and (.runs | length) == 1' "$work/$name.sarif" >/dev/null 2>&1; then
    echo "FAIL $name: no SARIF 2.1.0 log in $name.sarif"
    fail=1
  fi
done
jq -e '[.runs[0].results[].ruleId] | index("facts-move-too-fast-to-train") != null' "$work/failing.sarif" >/dev/null ||
  { echo "FAIL failing: the SARIF log lacks the finding of facts-move-too-fast-to-train"; fail=1; }
# The rules link to the docs of the repository and ref the action runs from.
jq -e '[.runs[0].tool.driver.rules[] | select(.id == "facts-move-too-fast-to-train")][0].helpUri ==
  "https://github.com/example/ragft/blob/v1/docs/decision-model.md#facts-move-too-fast-to-train"' "$work/failing.sarif" >/dev/null ||
  { echo "FAIL failing: helpUri does not point into the action's repository"; fail=1; }
jq -e '.runs[0].invocations[0].toolExecutionNotifications[] | select(.level == "error") | .message.text | startswith("nothing checked")' \
  "$work/empty.sarif" >/dev/null || { echo "FAIL empty: the SARIF log does not say nothing was checked"; fail=1; }

schema="$tools/sarif-schema-2.1.0.json"
if [[ -n "$tools" && -f "$schema" && -d "$tools/node_modules/ajv-draft-04" ]] && command -v node >/dev/null; then
  NODE_PATH="$tools/node_modules" node -e '
const fs = require("fs");
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[1], "utf8")));
let bad = 0;
for (const f of process.argv.slice(2)) {
  if (validate(JSON.parse(fs.readFileSync(f, "utf8")))) { console.log("ok   valid SARIF: " + f.replace(/.*\//, "")); continue; }
  bad++;
  console.log("FAIL invalid SARIF: " + f + " " + JSON.stringify(validate.errors));
}
process.exit(bad ? 1 : 0);
' "$schema" "$work"/*.sarif || fail=1
else
  echo "note: SARIF validators not installed; the logs were checked with jq only"
fi

[[ $fail -eq 0 ]] && echo "action_test: all passed"
exit $fail
