/**
 * The derivation pipeline: provider interfaces, stages from L1 traversal to payload attributes.
 */
package io.kona4j.derive;
