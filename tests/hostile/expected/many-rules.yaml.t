$ ragft -q score many-rules.yaml
--- stdout
--- stderr
many-rules.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
many-rules.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules many-rules.yaml rules lint
--- stdout
--- stderr
many-rules.yaml:4960:10: error: too many rules (the limit is 5000)
 4960 |   - {id: r4957, when: "labeled_examples > 4957", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4961:10: error: too many rules (the limit is 5000)
 4961 |   - {id: r4958, when: "labeled_examples > 4958", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4962:10: error: too many rules (the limit is 5000)
 4962 |   - {id: r4959, when: "labeled_examples > 4959", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4963:10: error: too many rules (the limit is 5000)
 4963 |   - {id: r4960, when: "labeled_examples > 4960", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4964:10: error: too many rules (the limit is 5000)
 4964 |   - {id: r4961, when: "labeled_examples > 4961", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4965:10: error: too many rules (the limit is 5000)
 4965 |   - {id: r4962, when: "labeled_examples > 4962", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4966:10: error: too many rules (the limit is 5000)
 4966 |   - {id: r4963, when: "labeled_examples > 4963", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4967:10: error: too many rules (the limit is 5000)
 4967 |   - {id: r4964, when: "labeled_examples > 4964", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4968:10: error: too many rules (the limit is 5000)
 4968 |   - {id: r4965, when: "labeled_examples > 4965", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4969:10: error: too many rules (the limit is 5000)
 4969 |   - {id: r4966, when: "labeled_examples > 4966", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4970:10: error: too many rules (the limit is 5000)
 4970 |   - {id: r4967, when: "labeled_examples > 4967", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4971:10: error: too many rules (the limit is 5000)
 4971 |   - {id: r4968, when: "labeled_examples > 4968", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4972:10: error: too many rules (the limit is 5000)
 4972 |   - {id: r4969, when: "labeled_examples > 4969", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4973:10: error: too many rules (the limit is 5000)
 4973 |   - {id: r4970, when: "labeled_examples > 4970", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4974:10: error: too many rules (the limit is 5000)
 4974 |   - {id: r4971, when: "labeled_examples > 4971", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4975:10: error: too many rules (the limit is 5000)
 4975 |   - {id: r4972, when: "labeled_examples > 4972", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4976:10: error: too many rules (the limit is 5000)
 4976 |   - {id: r4973, when: "labeled_examples > 4973", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4977:10: error: too many rules (the limit is 5000)
 4977 |   - {id: r4974, when: "labeled_examples > 4974", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4978:10: error: too many rules (the limit is 5000)
 4978 |   - {id: r4975, when: "labeled_examples > 4975", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4979:10: error: too many rules (the limit is 5000)
 4979 |   - {id: r4976, when: "labeled_examples > 4976", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4980:10: error: too many rules (the limit is 5000)
 4980 |   - {id: r4977, when: "labeled_examples > 4977", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4981:10: error: too many rules (the limit is 5000)
 4981 |   - {id: r4978, when: "labeled_examples > 4978", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4982:10: error: too many rules (the limit is 5000)
 4982 |   - {id: r4979, when: "labeled_examples > 4979", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4983:10: error: too many rules (the limit is 5000)
 4983 |   - {id: r4980, when: "labeled_examples > 4980", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4984:10: error: too many rules (the limit is 5000)
 4984 |   - {id: r4981, when: "labeled_examples > 4981", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4985:10: error: too many rules (the limit is 5000)
 4985 |   - {id: r4982, when: "labeled_examples > 4982", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4986:10: error: too many rules (the limit is 5000)
 4986 |   - {id: r4983, when: "labeled_examples > 4983", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4987:10: error: too many rules (the limit is 5000)
 4987 |   - {id: r4984, when: "labeled_examples > 4984", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4988:10: error: too many rules (the limit is 5000)
 4988 |   - {id: r4985, when: "labeled_examples > 4985", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4989:10: error: too many rules (the limit is 5000)
 4989 |   - {id: r4986, when: "labeled_examples > 4986", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4990:10: error: too many rules (the limit is 5000)
 4990 |   - {id: r4987, when: "labeled_examples > 4987", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4991:10: error: too many rules (the limit is 5000)
 4991 |   - {id: r4988, when: "labeled_examples > 4988", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4992:10: error: too many rules (the limit is 5000)
 4992 |   - {id: r4989, when: "labeled_examples > 4989", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4993:10: error: too many rules (the limit is 5000)
 4993 |   - {id: r4990, when: "labeled_examples > 4990", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4994:10: error: too many rules (the limit is 5000)
 4994 |   - {id: r4991, when: "labeled_examples > 4991", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4995:10: error: too many rules (the limit is 5000)
 4995 |   - {id: r4992, when: "labeled_examples > 4992", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4996:10: error: too many rules (the limit is 5000)
 4996 |   - {id: r4993, when: "labeled_examples > 4993", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4997:10: error: too many rules (the limit is 5000)
 4997 |   - {id: r4994, when: "labeled_examples > 4994", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4998:10: error: too many rules (the limit is 5000)
 4998 |   - {id: r4995, when: "labeled_examples > 4995", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:4999:10: error: too many rules (the limit is 5000)
 4999 |   - {id: r4996, when: "labeled_examples > 4996", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:5000:10: error: too many rules (the limit is 5000)
 5000 |   - {id: r4997, when: "labeled_examples > 4997", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:5001:10: error: too many rules (the limit is 5000)
 5001 |   - {id: r4998, when: "labeled_examples > 4998", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:5002:10: error: too many rules (the limit is 5000)
 5002 |   - {id: r4999, when: "labeled_examples > 4999", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
many-rules.yaml:5003:10: error: too many rules (the limit is 5000)
 5003 |   - {id: r5000, when: "labeled_examples > 5000", score: {rag: 1}, text: t, source: s}
      |          ^~~~~
rules/default.yaml + rules/cost.yaml + many-rules.yaml: 44 errors, 0 warnings
--- exit 2
