/** JMH benchmarks of the EVM interpreter on the shared benchmark workloads. */
package io.kona4j.bench.evm;
