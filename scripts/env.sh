# Sourced by ./kona4j, ./run-tests and .ci/run: finds a JDK >= 21 and Maven, installing what is missing.
# Exports JAVA_HOME and puts its bin first on PATH.

kona4j_java_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

kona4j_find_jdk() {
  local cand v
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-*-jdk-* /usr/lib/jvm/java-2[1-9]-openjdk-* \
              /usr/lib/jvm/java-[3-9][0-9]-openjdk-*; do
    [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(kona4j_java_version "$cand")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$cand"
      return 0
    fi
  done
  return 1
}

kona4j_setup() {
  if ! kona4j_find_jdk; then
    echo "kona4j: no JDK >= 21 found; installing one from Debian's packages" >&2
    if command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >&2 || true
      for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2 && break
      done
    fi
    kona4j_find_jdk || { echo "kona4j: cannot find or install a JDK >= 21; set JAVA_HOME" >&2; return 1; }
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8 on a new JDK warns about sun.misc.Unsafe in its own guava; keep the output readable.
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) [ "$(kona4j_java_version "$JAVA_HOME")" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  if ! command -v mvn >/dev/null 2>&1; then
    echo "kona4j: Maven not found; installing it from Debian's packages" >&2
    apt-get update -qq >&2 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >&2 || { echo "kona4j: cannot install Maven" >&2; return 1; }
  fi
}
