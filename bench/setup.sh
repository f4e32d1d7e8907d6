#!/usr/bin/env bash
# Installs the comparison runtimes for the benchmarks: Mono (JIT + interpreter,
# plus the mcs compiler and its reference assemblies) and hyperfine.
# Idempotent: packages that are already installed are skipped.
set -euo pipefail

PKGS=(mono-runtime mono-mcs mono-devel hyperfine)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup.sh: need root (or sudo) to install packages" >&2; exit 1
  fi
fi

missing=()
for p in "${PKGS[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    echo "setup.sh: $p already installed"
  else
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Report what we have.
command -v mono >/dev/null && mono --version | head -n 1
command -v mcs >/dev/null && echo "mcs: $(mcs --version)"
command -v hyperfine >/dev/null && hyperfine --version
if command -v mono >/dev/null; then
  # The Debian build of mono includes the interpreter (mono --interpreter).
  if mono --version 2>&1 | grep -Eq 'Interpreter:[[:space:]]*yes'; then
    echo "setup.sh: mono interpreter available"
  else
    echo "setup.sh: warning: this mono may lack --interpreter" >&2
  fi
fi
command -v dotnet >/dev/null && echo "dotnet: $(dotnet --version)" || echo "setup.sh: dotnet not found (build.mjs will skip the .NET build)"
echo "setup.sh: done"
