/**
 * Journaled world state: the {@link io.kona4j.evm.state.StateDb} the interpreter talks to, its block-level
 * implementation {@link io.kona4j.evm.state.JournaledState} over a read-only
 * {@link io.kona4j.evm.state.StateSource}, and an in-memory source with state-root computation for tests.
 */
package io.kona4j.evm.state;
