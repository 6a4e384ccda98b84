#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one go (~50 minutes on 2 cores). Run from the repository root.
# Results: benchmarks/target/results/ (JMH JSON and the text of every table).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
out=benchmarks/target/results
mkdir -p "$out"
machine() { echo "== $1: nproc $(nproc); uptime:$(uptime)"; }
jmh() {
  machine "$1"
  java -jar benchmarks/target/benchmarks.jar "$1" -rf json -rff "$out/$1.json" | tee "$out/$1.txt"
}
jmh PerCallBenchmark
jmh OldValueBenchmark
jmh TypeInvariantBenchmark
jmh GeneratorBenchmark
jmh StartupBenchmark
machine LedgerMemory
java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.memory.LedgerMemory 5 | tee "$out/LedgerMemory.txt"
machine ExamplesStartup
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.ExamplesStartup 10 | tee "$out/ExamplesStartup.txt"
machine WholeSuite
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.WholeSuite 6 10 | tee "$out/WholeSuite.txt"
# The typed compiler's suite (issue #14): javac vouches for its expressions first.
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.ExpressionCheck | tee "$out/ExpressionCheck.txt"
machine WholeSuiteRich
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.WholeSuite 6 10 rich | tee "$out/WholeSuiteRich.txt"
machine CompileTime
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.CompileTime 5 basic | tee "$out/CompileTimeBasic.txt"
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.CompileTime 5 rich | tee "$out/CompileTimeRich.txt"
machine PageAtScale
java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.PageAtScale 5000 3000 3 | tee "$out/PageAtScale.txt"
machine done
