#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core cannot download a browser here). On a fresh machine
# of this project's kind (Debian, root), `npm install` installs it; elsewhere this says what to install.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "multivector: installing Debian's chromium for the browser tests (once)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
    && exit 0
  echo "multivector: could not install chromium; the browser tests in npm test will fail until /usr/bin/chromium exists" >&2
  exit 0
fi
echo "multivector: the browser tests need Chromium at /usr/bin/chromium (Debian: apt-get install chromium fonts-dejavu-core)" >&2
exit 0
