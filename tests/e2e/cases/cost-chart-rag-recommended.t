printf 'project: Policy manual\nanswers:\n  problem: knowledge\n  knowledge_change: monthly\n  task_scope: broad\n  calls_per_day: 300\n' > manual.yaml
ragft cost manual.yaml --chart | sed -n '/Total cost over/,$p'
ragft cost manual.yaml --format svg | grep -E "recommended|vs (prompt|rag)|^[0-9]: "
--- stdout
  Total cost over 12 months (USD) against calls per day, both on log scales
                                                  32     1
  $100M ┤                         │               ┊┊     ┊
        │                         │               ┊┊     ┊                      ▲
        │                         │               ┊┊     ┊                  ▲▲▲▲
   $10M ┤                         │               ┊┊     ┊               ▲▲▲ ◆●●●
        │                         │               ┊┊     ┊            ▲▲▲ ◆●●●
        │                         │               ┊┊     ┊        ▲▲▲▲◆◆●●●
    $1M ┤                         │               ┊┊     ┊     ▲▲▲ ◆●●●●       ■■
        │                         │               ┊┊     ┊ ▲▲▲▲◆◆●●●        ■■■
        │                         │               ┊┊    ▲▲▲◆◆●●●●      ■■■■■
  $100k ┤                         │               ┊┊▲▲▲▲◆◆●●●   ■■■■■■■
        │■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■▲▲▲▲▲■■■■■■■■■■■■
        │                         │    ▲▲▲▲▲▲▲▲   ┊●●●●  ┊
   $10k ┤▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲         ●●●┊     ┊
        │                         │          ●●●  ┊┊     ┊
        │                         │      ●●●●     ┊┊     ┊
    $1k ┤                         │   ●●●         ┊┊     ┊
        │                         ●●●●            ┊┊     ┊
        │                      ●●●│               ┊┊     ┊
   $100 ┤                   ●●●   │               ┊┊     ┊
        │               ●●●●      │               ┊┊     ┊
        │            ●●●          │               ┊┊     ┊
    $10 ┤        ●●●●             │               ┊┊     ┊
        │     ●●●                 │               ┊┊     ┊
        │  ●●●                    │               ┊┊     ┊
     $1 ┤●●                       │               ┊┊     ┊
        └┬─────────┬─────────┬─────────┬──────────┬─────────┬─────────┬─────────┬
         1        10        100       1k         10k      100k       1M        10M
         calls per day
  ● prompt   ▲ rag (recommended)   ■ fine_tune   ◆ hybrid
  ┊1 fine_tune is cheaper than prompt from ≈ 48,561 calls/day
  ┊2 hybrid is cheaper than rag from ≈ 13,208 calls/day
  ┊3 fine_tune is cheaper than rag from ≈ 10,730 calls/day
  │  this profile: 300 calls/day
<text x="594.8" y="78" text-anchor="end" fill="#D55E00" font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">1 fine_tune vs prompt ≈ 48,561 calls/day</text>
<text x="545.9" y="94" text-anchor="start" fill="#D55E00" font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">2 hybrid vs rag ≈ 13,208 calls/day</text>
<text x="536.2" y="110" text-anchor="start" fill="#D55E00" font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">3 fine_tune vs rag ≈ 10,730 calls/day</text>
<text x="518.0" y="502.0" font-weight="bold">rag (frontier) — recommended</text>
--- stderr
--- exit 0
