/**
 * The payload-attributes builder of derivation ({@link io.kona4j.derive.attributes.StatefulAttributesBuilder},
 * PROTOCOL.md §1.10): L1-info deposit, user deposits, system-config updates and upgrade transactions of a block.
 */
package io.kona4j.derive.attributes;
