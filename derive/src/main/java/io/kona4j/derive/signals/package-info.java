/** Signals sent down the stage stack: reset, activation (Holocene), flush channel (KONA-NOTES §2.3). */
package io.kona4j.derive.signals;
