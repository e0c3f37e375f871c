/**
 * The driver loop: pipeline to executor up to a target block, with the Holocene deposit-only retry.
 */
package io.kona4j.driver;
