/**
 * How the system config changes: {@code ConfigUpdate} logs of the L1 SystemConfig contract (all eight update types)
 * and the reconstruction of the config from an L2 block ({@code PayloadToSystemConfig}).
 */
package io.kona4j.protocol.sysconfig;
