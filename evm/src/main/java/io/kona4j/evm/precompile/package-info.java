/**
 * Precompiled contracts per fork: {@link io.kona4j.evm.precompile.PrecompileRegistry} maps addresses to the
 * {@code crypto} module's contracts and wraps them in the OP input limits.
 */
package io.kona4j.evm.precompile;
