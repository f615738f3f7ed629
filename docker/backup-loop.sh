#!/bin/sh
# The `backup` service of compose.yaml: every day at BACKUP_AT (UTC, HH:MM), one archive in /backups, then the older
# ones beyond the retention (BACKUP_KEEP_DAILY days, BACKUP_KEEP_WEEKLY weeks) are deleted. A failed run is logged and
# retried the next day; it leaves no partial archive.
set -u
at="${BACKUP_AT:-02:30}"
while :; do
  now=$(date -u +%s)
  next=$(date -u -d "today ${at}" +%s)
  [ "$next" -le "$now" ] && next=$(date -u -d "tomorrow ${at}" +%s)
  echo "Prochaine sauvegarde : $(date -u -d "@${next}" '+%Y-%m-%d %H:%M') UTC"
  sleep $((next - now))
  node dist/apps/api/apps/api/src/cli.js backup --dossier /backups \
    --garder-quotidiennes "${BACKUP_KEEP_DAILY:-7}" --garder-hebdomadaires "${BACKUP_KEEP_WEEKLY:-4}" \
    || echo "Sauvegarde échouée (code $?) ; nouvel essai demain." >&2
done
