/**
 * JMH benchmarks.
 */
package io.kona4j.bench;
