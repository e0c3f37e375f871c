/** JMH benchmarks of the payload-attributes builder (issue 7: an epoch with 100 deposits in under 1 ms). */
package io.kona4j.bench.attributes;
