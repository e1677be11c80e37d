# Shared set-up for scripts/serve and scripts/test: system packages, .venv, the package.
# Idempotent and quick when everything is there (a stamp records what was installed).
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_apt PACKAGE... : install the Debian packages that are missing.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "docsplit: please install: ${missing[*]} (no apt-get on this machine)" >&2
      return 1
    fi
    echo "docsplit: installing system packages: ${missing[*]}"
    _sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive _sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# ensure_venv EXTRAS : create .venv and install the package (editable) with the extras.
ensure_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      ensure_apt python3-venv
      "$PY" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.docsplit-stamp"
  local want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "docsplit: installing Python packages into .venv"
    "$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
    local target="$ROOT"
    [ -n "$extras" ] && target="$ROOT[$extras]"
    "$VENV/bin/python" -m pip install -q -e "$target" 2>&1 | grep -v "^WARNING: Location" || true
    "$VENV/bin/python" -c "import docsplit, aiohttp, pikepdf, pypdfium2, pytesseract, zxingcpp" \
      || { echo "docsplit: Python install failed" >&2; return 1; }
    echo "$want" > "$stamp"
  fi
}

SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)
# Browser tests of the dashboard and the JS client.
TEST_SYSTEM_PACKAGES=(chromium nodejs)
