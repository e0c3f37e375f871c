/** JMH benchmarks of the derivation hot paths: channel decompression and span-batch decoding. */
package io.kona4j.bench.derive;
