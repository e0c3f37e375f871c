/**
 * Precompiled contracts with their exact input rules and gas (EIP-196/197, EIP-198/2565, EIP-152, EIP-2537, EIP-4844
 * point evaluation, RIP-7212), over the curve arithmetic of the sibling packages.
 */
package io.kona4j.crypto.precompile;
