# Sourced by bench/run and bench/beam: where the dev corpus is, and the benchmark corpus made from it.

# find_source_dir REPO: the dev corpus next to the repository (../shared/corpus/dev); a git worktree
# one level deeper finds it one level further up. PARLEY_BENCH_CORPUS overrides both. Sets source_dir.
find_source_dir() {
  local repo="$1" d
  source_dir="${PARLEY_BENCH_CORPUS:-}"
  if [[ -z "$source_dir" ]]; then
    for d in "$repo/../shared/corpus/dev" "$repo/../../shared/corpus/dev"; do
      [[ -d "$d" ]] && { source_dir="$(cd "$d" && pwd)"; break; }
    done
  fi
  [[ -n "$source_dir" && -d "$source_dir" ]] || { echo "bench: no corpus at ../shared/corpus/dev; set PARLEY_BENCH_CORPUS=DIR (a folder of .txt articles)" >&2; exit 2; }
}

# make_corpus N DIR: the dev texts repeated under distinct ids. Each copy gets its own file name
# (the article id) and a last line "Copy N." so its content hash differs too: ingest skips an
# article whose text is stored unchanged. A corpus made before is reused.
make_corpus() {
  local n="$1" dir="$2"
  if [[ -f "$dir.complete" ]]; then return; fi
  rm -rf "$dir" "$dir.complete"; mkdir -p "$dir"
  local texts=() stems=() f i k
  for f in "$source_dir"/*.txt; do
    texts+=("$(<"$f")"); stems+=("$(basename "$f" .txt)")
  done
  k=${#texts[@]}
  [[ $k -gt 0 ]] || { echo "bench: no .txt articles in $source_dir" >&2; exit 2; }
  for (( i = 0; i < n; i++ )); do
    printf '%s\nCopy %d.\n' "${texts[i % k]}" "$i" > "$(printf '%s/c%06d-%s.txt' "$dir" "$i" "${stems[i % k]}")"
  done
  touch "$dir.complete"
}
