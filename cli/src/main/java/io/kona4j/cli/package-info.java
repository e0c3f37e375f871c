/**
 * The {@code kona4j} command.
 */
package io.kona4j.cli;
