# syntax=docker/dockerfile:1
#
# Culture commune web app: built with Node, served by nginx (SPA fallback, caching, security
# headers, /graphql and /health proxied to the `api` service; see docker/nginx.conf).
# Build context: the repository root.
#   docker build -f docker/web.Dockerfile -t culture-commune-web .
#
# The `base`, `deps` and `build` stages are kept identical to those in docker/api.Dockerfile so
# that BuildKit reuses their cache when both images are built (docker compose build). The build
# command is the same too: the web build may depend on the API's schema target.

ARG NODE_IMAGE=node:20-bookworm-slim
# Stable branch of the official image (1.30 or later is required by docker/nginx.conf).
ARG NGINX_IMAGE=nginx:1.30-alpine

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

# ---- runtime: static files behind nginx ---------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
# Replaces the image's default site. Because it differs from the packaged file, the image's
# 10-listen-on-ipv6-by-default.sh entrypoint script leaves it alone.
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html

EXPOSE 80

# Alpine's BusyBox wget is always present. A plain GET (no --spider, which sends HEAD).
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/healthz"]
