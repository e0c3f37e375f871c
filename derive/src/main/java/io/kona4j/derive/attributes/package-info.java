/** Payload attributes and the builder of their deposit part (PROTOCOL.md §1.10). */
package io.kona4j.derive.attributes;
