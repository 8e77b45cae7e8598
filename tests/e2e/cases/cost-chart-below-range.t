ragft cost cost/manifests.yaml --chart --set prompt_price_per_call=0 --set fix_minutes=0.0001 | sed -n '/Total cost over/,$p'
--- stdout
  Total cost over 12 months (USD) against calls per day, both on log scales
                                               3   2
  $100M ┤                                      ┊   ┊    │
        │                                      ┊   ┊    │                    ▲▲▲▲
   $10M ┤                                      ┊   ┊    │               ▲▲▲▲◆◆◆◆◆
        │                                      ┊   ┊    │          ▲▲▲▲◆◆◆◆◆
    $1M ┤                                      ┊   ┊    │     ▲▲▲▲◆◆◆◆◆        ■■
        │                                      ┊   ┊    │▲▲▲◆◆◆◆◆◆       ■■■■■■
  $100k ┤                                      ┊  ◆◆◆◆◆◆◆◆◆◆     ■■■■■■■■
        │■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■
   $10k ┤▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲     ┊   ┊    │                     ●●●
        │                                      ┊   ┊    │                ●●●●●
    $1k ┤                                      ┊   ┊    │           ●●●●●
        │                                      ┊   ┊    │      ●●●●●
   $100 ┤                                      ┊   ┊    │ ●●●●●
        │                                      ┊   ┊ ●●●●●
    $10 ┤                                      ┊●●●●●   │
        │                                  ●●●●●   ┊    │
     $1 ┤                             ●●●●●    ┊   ┊    │
        │                        ●●●●●         ┊   ┊    │
   $0.1 ┤                   ●●●●●              ┊   ┊    │
        └┬─────────┬─────────┬─────────┬──────────┬─────────┬─────────┬─────────┬
         1        10        100       1k         10k      100k       1M        10M
         calls per day
  ● prompt (recommended)   ▲ rag   ■ fine_tune   ◆ hybrid
     fine_tune never becomes cheaper than prompt (up to 10B calls/day)
  ┊2 hybrid is cheaper than rag from ≈ 13,210 calls/day
  ┊3 fine_tune is cheaper than rag from ≈ 5,137 calls/day
  │  this profile: 40,000 calls/day
--- stderr
--- exit 0
