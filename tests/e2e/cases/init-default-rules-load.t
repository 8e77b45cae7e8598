ragft init -o profile.yaml && ragft score profile.yaml > /dev/null; echo "score: $?"
ragft init --proposal -o proposal.yaml && RAGFT_TODAY=2026-11-21 ragft check proposal.yaml > /dev/null; echo "check: $? (1: the blank template leaves out the answers the rules need)"
ragft init > stdout.yaml && cmp stdout.yaml profile.yaml && echo same
--- stdout
wrote profile.yaml; next: ragft score profile.yaml
score: 0
wrote proposal.yaml; next: ragft check proposal.yaml
check: 1 (1: the blank template leaves out the answers the rules need)
same
--- stderr
--- exit 0
