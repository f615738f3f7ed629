# syntax=docker/dockerfile:1
#
# Culture commune API (NestJS + GraphQL). Build context: the repository root.
#   docker build -f docker/api.Dockerfile -t culture-commune-api .
#
# The `base`, `deps` and `build` stages are kept identical to those in docker/web.Dockerfile so
# that BuildKit reuses their cache when both images are built (docker compose build).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node 20 with the npm the lockfile was written with -----------------------------------
FROM ${NODE_IMAGE} AS base
# node:20 images ship npm 10; the project needs npm >= 11 (lockfile, `allowScripts`).
RUN npm install -g npm@11.19.1 && npm cache clean --force
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app

# ---- deps: every dependency, for the build ------------------------------------------------------
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---- build: compile the API and the web app -----------------------------------------------------
FROM deps AS build
ENV CI=true
COPY . .
RUN npx nx run-many -t build -p api web

# ---- prod-deps: production dependencies only ----------------------------------------------------
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev

# ---- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app

# Chromium renders the PDF export of reading lists (playwright-core drives it); fonts with accents.
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Everything stays owned by root and is only readable by the `node` user that runs the app.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/api ./dist/apps/api
# The web app's page (nginx serves everything else of it): the API writes a resource's title, summary and Open Graph
# tags, or a theme's feed link, into it for the pages nginx passes on (docker/nginx.conf).
COPY --from=build /app/dist/apps/web/index.html ./web-shell/index.html
COPY --from=build /app/dist/apps/web/preload ./web-shell/preload
# Demo library read by the optional `cli.js seed` command.
COPY data ./data
# The daily loop of the `backup` service (docker/README.md, Backups).
COPY --chmod=755 docker/backup-loop.sh ./backup-loop.sh

# Stored files (volume `files`) and backups (volume `backups`): named volumes take the owner of these folders.
RUN mkdir -p /data/files /backups && chown node:node /data /data/files /backups
ENV DATA_DIR=/data \
    BACKUP_DIR=/backups \
    WEB_DIST=/app/web-shell

USER node
EXPOSE 3000

# Slim images have no curl or wget: Node 20's built-in fetch does the probe. /health/ready answers 200
# only when PostgreSQL and Meilisearch respond, migrations are applied and the backlogs are under their
# thresholds (503 with a JSON body naming what is wrong). The start period covers migrations at boot.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

CMD ["node", "dist/apps/api/apps/api/src/main.js"]
