#!/usr/bin/env bash
# Renders every Kubernetes overlay with `kubectl kustomize` and validates it offline, together with
# the compose file (deploy/validate/validate.mjs says what is checked). No cluster and no network
# beyond the npm registry for the first `npm ci` of deploy/validate/ (then cached in node_modules).
# Run by ValidateDeploymentTest in `./mvnw verify`.
#
#   deploy/validate.sh            exit 0 valid, 1 invalid, 77 a tool is missing (kubectl, node, npm)
set -euo pipefail
cd "$(dirname "$0")"
DEPLOY=$(pwd)

missing=""
for tool in kubectl node npm; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "validate.sh: SKIPPED, not installed:$missing (kubectl for kustomize; node and npm for the schema check)"
  exit 77
fi

# The validator's packages, installed once per lock file.
cd "$DEPLOY/validate"
stamp=node_modules/.noaber-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "validate.sh: npm ci in deploy/validate (first run, or the lock file changed)"
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
  echo "$want" >"$stamp"
fi

render=$(mktemp -d)
trap 'rm -rf "$render" "$DEPLOY/validate/.check"' EXIT
overlays=()
for dir in "$DEPLOY"/k8s/overlays/*/; do
  overlay=$(basename "$dir")
  kubectl kustomize "$dir" >"$render/$overlay.yaml"
  overlays+=("$overlay")
done

node "$DEPLOY/validate/validate.mjs" "$render" "$DEPLOY/compose.yaml" "$DEPLOY/../api-spec/openapi.yaml" "${overlays[@]}"
