#!/usr/bin/env bash
# Installs a real VS Code for this project's end-to-end tests and `npm start`, offline-friendly:
# code-server's bundled VS Code server (from npm) and Debian's Chromium. Idempotent; cached
# outside the repo. The code-server version is pinned to match package.json engines.vscode
# (^1.100.0 -> code-server 4.100.3 = VS Code 1.100.3, which runs on Node 20).
#
#   bash scripts/harness/install.sh          # prints the env file to source at the end
#
# SSS_HARNESS  cache folder (default ~/.cache/statefulset-studio-harness)
# SKIP_APT=1   skip apt-get (chromium, ripgrep, neovim, libkrb5-dev already installed)
set -euo pipefail

PREFIX=${SSS_HARNESS:-$HOME/.cache/statefulset-studio-harness}
CS_VERSION=4.100.3
export DEBIAN_FRONTEND=noninteractive
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# node-pty's install runs `npx node-gyp`; without yes=true npx refuses to fetch it.
export npm_config_yes=true
export XDG_CONFIG_HOME="$PREFIX/xdg-config" XDG_DATA_HOME="$PREFIX/xdg-data"

t0=$(date +%s)
step() { echo "== harness [$(( $(date +%s) - t0 ))s] $*"; }
mkdir -p "$PREFIX"

need_apt=
for bin in chromium rg nvim; do command -v "$bin" >/dev/null || need_apt=1; done
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need_apt=1
if [ -n "$need_apt" ] && [ -z "${SKIP_APT:-}" ]; then
  step "apt-get install chromium ripgrep neovim libkrb5-dev"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium ripgrep neovim libkrb5-dev python3 make g++ fonts-dejavu-core >/dev/null
fi
command -v chromium >/dev/null || { echo "chromium is missing" >&2; exit 1; }

CS_DIR="$PREFIX/cs-$CS_VERSION"
VS="$CS_DIR/node_modules/code-server/lib/vscode"
if [ ! -f "$CS_DIR/.done" ]; then
  # code-server's own postinstall downloads ripgrep from GitHub; do its steps by hand instead.
  step "npm install code-server@$CS_VERSION --ignore-scripts"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"code-server-host","private":true}' > "$CS_DIR/package.json"
  ( cd "$CS_DIR" && npm install --no-save --ignore-scripts "code-server@$CS_VERSION" >/dev/null )
  ( cd "$CS_DIR" && npm rebuild argon2 >/dev/null )
  step "VS Code server dependencies"
  ( cd "$VS" && npm install --omit=dev --ignore-scripts >/dev/null )
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  step "native modules (node-pty, spdlog, kerberos, …)"
  ( cd "$VS" && npm rebuild --foreground-scripts > "$PREFIX/vscode-rebuild.log" 2>&1 ) || { tail -40 "$PREFIX/vscode-rebuild.log"; exit 1; }
  if grep -q symlink_asar "$CS_DIR/node_modules/code-server/postinstall.sh"; then ln -sfn node_modules "$VS/node_modules.asar"; fi
  ( cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server )
  ( cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh )
  step "built-in extensions"
  ( cd "$VS/extensions" && npm install --omit=dev >/dev/null )
  touch "$CS_DIR/.done"
fi

cat > "$PREFIX/env.sh" <<ENV
export CODE_SERVER_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
export VSCODE_SERVER_MAIN="$VS/out/server-main.js"
export CHROMIUM_BIN="$(command -v chromium)"
ENV
step "ready: $PREFIX/env.sh"
