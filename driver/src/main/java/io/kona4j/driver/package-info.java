/**
 * The driver loop (Kona's {@code kona-driver}): {@link io.kona4j.driver.Driver} takes payload attributes from a
 * {@link io.kona4j.driver.DriverPipeline} and builds them with an {@link io.kona4j.driver.Executor} up to a target
 * block, tracking the safe head in a {@link io.kona4j.driver.PipelineCursor}, with the Holocene deposit-only retry.
 */
package io.kona4j.driver;
