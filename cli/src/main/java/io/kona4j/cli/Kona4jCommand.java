package io.kona4j.cli;

import java.util.concurrent.Callable;

/**
 * A top-level {@code kona4j} subcommand: a picocli {@code @Command} class registered in
 * {@code META-INF/services/io.kona4j.cli.Kona4jCommand}. It returns the process exit code.
 */
public interface Kona4jCommand extends Callable<Integer> {}
