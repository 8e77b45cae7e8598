ragft --no-default-rules --rules layers/ask.yaml ask --from profiles/nope.yaml; echo "exit $?"; ragft ask --from profiles/two-docs.yml; echo "exit $?"; ragft --no-default-rules --rules layers/ask.yaml ask --from - </dev/null; echo "exit $?"; ragft --no-default-rules --rules layers/ask.yaml ask --from profiles/two-docs.yml </dev/null; echo "exit $?"; ragft --no-default-rules --rules layers/ask.yaml ask --set labeled_examples=lots </dev/null
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
profiles/nope.yaml: error: cannot read 'profiles/nope.yaml': No such file or directory
ragft: error: 'profiles/two-docs.yml' holds 2 profiles; --from needs a file with one
ragft: error: '--from -' would read the profile from standard input, which holds the answers
  hint: save the profile to a file and pass its name
profiles/two-docs.yml:10:3: error: unknown answer 'knowledge_change'
 10 |   knowledge_change: weekly
    |   ^~~~~~~~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
--set: error: 'lots' is not a whole number for 'labeled_examples'
  hint: expected a whole number >= 0, such as 2000 or 2k
--- exit 2
