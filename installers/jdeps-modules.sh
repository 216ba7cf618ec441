#!/usr/bin/env bash
# Prints the Java modules the workbench needs, as found by jdeps over the app jar and every runtime jar, to
# compare with installers/jlink-modules.txt. Run after `mvn -Pinstaller -DskipTests package` (it reads the jars
# from installers/target/jpackage/input). jdeps refuses some of the jars' module descriptors (nd4j-api's
# names a package it lacks), so it analyses copies without them: as plain class-path jars.
set -euo pipefail
input="$(dirname "$0")/target/jpackage/input"
[ -f "$input/sparsegnn-workbench.jar" ] || { echo "run mvn -Pinstaller -DskipTests package first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$input"/sparsegnn-workbench.jar "$input"/lib/*.jar "$work"/
for jar in "$work"/*.jar; do
  zip -q -d "$jar" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
cd "$work"
jdeps --ignore-missing-deps --multi-release 17 --print-module-deps --class-path '*' ./*.jar
