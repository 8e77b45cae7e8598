ragft cost cost/manifests.yaml --format svg -o chart.svg
echo "exit $?"
ragft cost cost/manifests.yaml --format svg | cmp - chart.svg && echo "stdout and file are the same bytes"
grep -c "<polyline" chart.svg
grep -o "<text[^>]*>[^<]*</text>" chart.svg | sed "s/<[^>]*>//g"
ragft cost cost/manifests.yaml --format svg -o chart.svg
echo "exit $?"
ragft cost cost/manifests.yaml --format svg -o chart.svg --force -q
echo "exit $?"
--- stdout
wrote chart.svg
exit 0
stdout and file are the same bytes
4
Total cost over 12 months vs calls per day
Shipping manifests to JSON
1
10
100
1k
10k
100k
1M
10M
$10
$100
$1k
$10k
$100k
$1M
$10M
$100M
$1B
calls per day (log scale)
total cost over 12 months, USD (log scale)
this profile: 40,000 calls/day
1 fine_tune vs prompt ≈ 1,721 calls/day
2 hybrid vs rag ≈ 1,607 calls/day
3 fine_tune vs rag ≈ 921 calls/day
prompt (frontier)
rag (frontier)
fine_tune (fine_tuned_small) — recommended
hybrid (fine_tuned_small)
1: fine_tune is cheaper than prompt from ≈ 1,721 calls/day; at 40,000 calls/day it pays back in month 1
2: hybrid is cheaper than rag from ≈ 1,607 calls/day; at 40,000 calls/day it pays back in month 1
3: fine_tune is cheaper than rag from ≈ 921 calls/day; at 40,000 calls/day it pays back in month 1
exit 2
exit 0
--- stderr
ragft: error: 'chart.svg' already exists
  hint: use --force to overwrite it
--- exit 0
