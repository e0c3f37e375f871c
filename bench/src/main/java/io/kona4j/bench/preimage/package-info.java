/** JMH benchmarks of the preimage oracle ABI: request round trips over in-memory and OS pipes, the caching oracle. */
package io.kona4j.bench.preimage;
