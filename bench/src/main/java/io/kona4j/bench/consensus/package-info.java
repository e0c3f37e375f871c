/** JMH benchmarks of the consensus codecs and signatures: full-block RLP decoding, ecrecover. */
package io.kona4j.bench.consensus;
