printf 'project: 顧客サポートのチケット分類と優先度付けシステム（日本語・英語・中文・한국어の問い合わせ）🚀\nanswers:\n  problem: behavior\n  labeled_examples: 5k\n  prompt_quality: 0.82\n  eval_set: false\n' >support.yaml; ragft --rules layers/cjk.yaml score support.yaml; ragft --rules layers/cjk.yaml score support.yaml | LC_ALL=C.UTF-8 wc -L
--- stdout
support.yaml  — 顧客サポートのチケット分類と優先度付けシステム（日本語・英語・中文・한국어の問い…
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: the prompt is still below the target, and training waits for its
    prerequisites; a warning 'team-cjk-eval' concerns prompt; not answered: behavior,
    knowledge_change, task_scope, calls_per_day
  Why
    The prompt is below the target (0.82 against 0.9), but training is held back until its
      prerequisites are met; keep improving the prompt meanwhile. [prompt-below-target-for-now]
    fine_tune is held back: There is no held-out evaluation set scored blind, so nobody could tell
      whether a tuned model beats the prompt. [no-blind-evaluation-set]
  Traps
    warning: 私たちのプラットフォームチームは、ブラインド評価セットなしでモデルを訓練しません。まず
      評価セットを作り、プロンプトの改善を測ってから、ファインチューニングを検討してください（「評価
      なしの訓練」は禁止）。 [team-cjk-eval]
  Next steps
    - Build a blind evaluation set of at least 50 varied scenarios, held out from training and
      scored by people who do not know which system wrote each answer. [unlocks fine_tune: eval_set
      = yes]
  What would change the answer
    eval_set = yes → fine_tune  (--set eval_set=yes)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Also ruled out: hybrid [hybrid-needs-two-problems]
  Not answered: behavior, knowledge_change, task_scope, calls_per_day, latency_budget_ms,
    citations_required
  Cost per 1,000 calls: prompt $303; the cheapest is fine_tune at $167 (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain support.yaml
100
--- stderr
--- exit 0
