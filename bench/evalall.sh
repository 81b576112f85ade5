#!/bin/bash
# Score every gold set of a checkout (issue 11), pure Python, for a before/after comparison:
#     bench/evalall.sh TREE OUT        # figures in OUT.d/<set>.json, the scorer's text in OUT
#     .venv/bin/python bench/eval_compare.py BEFORE.d AFTER.d
# Each set is bench/eval_unseen_s3.py's three full builds (every output); ~10-40 min in all.
TREE=$1; OUT=$2
[ -n "$TREE" ] && [ -n "$OUT" ] || { echo "usage: bench/evalall.sh TREE OUT" >&2; exit 2; }
mkdir -p "$OUT.d"; : > "$OUT"
cd "$TREE" || exit 1
export PERSKAMER_NATIVE=0
for d in bench/data/*/; do
  s=$(basename "$d")
  ls "$d"/*.gold.json >/dev/null 2>&1 || continue
  echo "== $s" >> "$OUT"
  .venv/bin/python bench/eval_unseen_s3.py --set "$d" --json "$OUT.d/$s.json" >> "$OUT" 2>&1
done
echo DONE >> "$OUT"
