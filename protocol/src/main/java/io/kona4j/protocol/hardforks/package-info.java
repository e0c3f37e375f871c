/**
 * Network-upgrade transactions: the deposits a fork's activation block carries after the user deposits (Ecotone,
 * Fjord, Isthmus, Jovian, Interop), built from deployment bytecode embedded as resources.
 */
package io.kona4j.protocol.hardforks;
