package io.kona4j.protocol;

import io.kona4j.primitives.Address;

/** L2 predeploy and system addresses the protocol names (PROTOCOL.md §1.10, §1.11, §2.3). */
public final class Predeploys {
    /** Sender of the L1-info deposit. */
    public static final Address L1_INFO_DEPOSITOR = Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001");
    public static final Address GAS_PRICE_ORACLE = Address.fromHex("0x420000000000000000000000000000000000000F");
    public static final Address SEQUENCER_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000011");
    public static final Address L1_BLOCK = Address.fromHex("0x4200000000000000000000000000000000000015");
    public static final Address L2_TO_L1_MESSAGE_PASSER = Address.fromHex("0x4200000000000000000000000000000000000016");
    public static final Address PROXY_ADMIN = Address.fromHex("0x4200000000000000000000000000000000000018");
    public static final Address BASE_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000019");
    public static final Address L1_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001a");
    public static final Address OPERATOR_FEE_VAULT = Address.fromHex("0x420000000000000000000000000000000000001b");
    public static final Address CROSS_L2_INBOX = Address.fromHex("0x4200000000000000000000000000000000000022");
    public static final Address L2_TO_L2_CROSS_DOMAIN_MESSENGER =
            Address.fromHex("0x4200000000000000000000000000000000000023");
    /** EIP-4788 beacon block roots contract. */
    public static final Address BEACON_ROOTS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");
    /** EIP-2935 block hash history contract. */
    public static final Address BLOCK_HASH_HISTORY = Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935");

    private Predeploys() {}
}
