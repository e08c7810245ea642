# SMHN CMS: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
export SITE_BASE_URL ?= http://$(HOST):$(PORT)
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
NODE_STAMP := node_modules/.installed

# `make run` serves with the production settings, relaxed only for plain-HTTP localhost.
RUN_ENV := DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY="$$(cat var/secret_key)" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0 \
	SERVE_MEDIA=true

.PHONY: help
help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@ $(STAMP)

.PHONY: install
install: $(STAMP) ## Create .venv and install the project

.PHONY: install-dev
install-dev: $(DEV_STAMP) ## Install the project with its development tools

# npm ci only when package-lock.json changed since the last install.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: node
node: $(NODE_STAMP) ## Install the npm tools: Lighthouse and the OpenAPI linters (needs Node 20)

var/secret_key: | $(STAMP)
	@mkdir -p var
	@$(BIN)/python -c "from django.core.management.utils import get_random_secret_key as k; print(k())" > $@
	@chmod 600 $@

.PHONY: migrate
migrate: $(STAMP) ## Apply database migrations
	$(MANAGE) migrate --noinput

.PHONY: seed
seed: migrate ## Load the seed content (idempotent)
	$(MANAGE) load_seed_content

.PHONY: run
run: seed var/secret_key ## Install, migrate, seed, then serve like production on http://127.0.0.1:8000 (PORT overrides)
	$(MANAGE) ensure_admin
	$(RUN_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	$(RUN_ENV) $(MANAGE) check --fail-level ERROR
	@echo "Serving with production settings, relaxed for plain-HTTP localhost:" \
		"no HTTPS redirect, no HSTS, cookies not marked Secure."
	@echo "Scheduled pages are published every minute while the server runs."
	$(RUN_ENV) PUBLISH_SCHEDULED_INTERVAL=$${PUBLISH_SCHEDULED_INTERVAL:-60} \
		exec $(BIN)/gunicorn config.wsgi:application -c config/gunicorn.py \
		--bind $(HOST):$(PORT) --no-control-socket

.PHONY: dev
dev: seed ## Run Django's development server with DEBUG on and auto-reload
	$(MANAGE) ensure_admin
	$(MANAGE) runserver $(HOST):$(PORT)

.PHONY: lint
lint: $(DEV_STAMP) ## Check code style (ruff) and template formatting (djhtml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

.PHONY: format
format: $(DEV_STAMP) ## Reformat code and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

.PHONY: browsers
browsers: ## Install Debian's Chromium for the real-browser tests (needs root)
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

.PHONY: test
test: $(DEV_STAMP) browsers $(NODE_STAMP) lint ## Install dev dependencies, lint, and run the whole test suite
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=config.settings.test
	$(BIN)/pytest -n 2 --dist loadgroup -m "not browser" $(PYTEST_ARGS)
	$(BIN)/pytest -m browser $(PYTEST_ARGS) || [ $$? -eq 5 ]  # 5: no browser test selected

.PHONY: benchmark
benchmark: $(DEV_STAMP) ## Measure the API and listing performance (prints figures)
	$(BIN)/python -m benchmarks.listings

.PHONY: wrk
wrk: ## Install Debian's wrk, the HTTP load generator of the benchmarks (needs root)
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

.PHONY: bench
bench: $(DEV_STAMP) wrk ## HTTP benchmark: cold and warm req/s and latencies vs a static file, at 100 and 10,000 posts (BENCH_ARGS adds options)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

.PHONY: bench-smoke
bench-smoke: $(DEV_STAMP) wrk ## The benchmark in a few seconds per URL, no thresholds (CI runs it)
	$(BIN)/python -m benchmarks --smoke

.PHONY: clean
clean: ## Remove the virtualenv and local state (database, media, secret key)
	rm -rf $(VENV) var
