/** JMH benchmarks of the stateless executor: real OP Sepolia fixture blocks built warm. */
package io.kona4j.bench.executor;
