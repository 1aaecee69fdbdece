#!/usr/bin/env bash
# Installs the CJK font the PDF reports embed (Debian/Ubuntu), unless one is already there.
set -euo pipefail
if fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then
  exit 0
fi
if [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null
else
  echo "Install a CJK font for the PDF reports, e.g. 'sudo apt-get install fonts-wqy-microhei', or set integrity.reports.cjk-font." >&2
fi
