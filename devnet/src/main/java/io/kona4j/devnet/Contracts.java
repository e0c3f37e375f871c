package io.kona4j.devnet;

import io.kona4j.primitives.Hex;
import io.kona4j.protocol.Predeploys;

import static io.kona4j.devnet.Asm.*;

/**
 * The devnet's own bytecode. Predeploys hold {@link #proxy()}: an EIP-1967 proxy whose {@code upgradeTo(address)},
 * callable by the zero address (as the network-upgrade transactions send it) or the ProxyAdmin, sets the
 * implementation slot; every other call is delegated to the implementation, so upgrade transactions really upgrade.
 */
final class Contracts {
    /** {@code bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)}. */
    static final byte[] IMPLEMENTATION_SLOT =
            Hex.decode("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc");
    /** {@code upgradeTo(address)}. */
    static final long UPGRADE_TO = 0x3659cfe6L;

    private Contracts() {}

    static byte[] proxy() {
        Asm a = new Asm();
        a.op(CALLER, ISZERO).op(CALLER).push(Predeploys.PROXY_ADMIN.toArray()).op(EQ, OR)
                .push(0).op(CALLDATALOAD).push(0xe0).op(SHR).push(UPGRADE_TO).op(EQ, AND)
                .pushLabel("upgrade").op(JUMPI)
                .op(CALLDATASIZE).push(0).push(0).op(CALLDATACOPY)
                .push(0).push(0).op(CALLDATASIZE).push(0).push(IMPLEMENTATION_SLOT).op(SLOAD, GAS, DELEGATECALL)
                .op(RETURNDATASIZE).push(0).push(0).op(RETURNDATACOPY)
                .pushLabel("ok").op(JUMPI)
                .op(RETURNDATASIZE).push(0).op(REVERT)
                .label("ok").op(RETURNDATASIZE).push(0).op(RETURN)
                .label("upgrade").push(4).op(CALLDATALOAD).push(IMPLEMENTATION_SLOT).op(SSTORE, STOP);
        return a.assemble();
    }

    /**
     * The Bedrock L1Block implementation's storage effect: {@code setL1BlockValues(uint64 number, uint64 timestamp,
     * uint256 basefee, bytes32 hash, uint64 sequenceNumber, bytes32 batcherHash, uint256 l1FeeOverhead,
     * uint256 l1FeeScalar)} from the depositor account stores slot 0 {@code number | timestamp << 64}, then slots 1–6,
     * the layout the executor's L1 fee reads (PROTOCOL.md §2.3).
     */
    static byte[] bedrockL1Block() {
        Asm a = new Asm();
        a.op(CALLER).push(Predeploys.L1_INFO_DEPOSITOR.toArray()).op(EQ).pushLabel("set").op(JUMPI)
                .push(0).op(DUP1, REVERT)
                .label("set")
                .push(0x24).op(CALLDATALOAD).push(64).op(SHL).push(0x04).op(CALLDATALOAD).op(OR).push(0).op(SSTORE);
        for (int slot = 1; slot <= 6; slot++) a.push(0x24 + 0x20L * slot).op(CALLDATALOAD).push(slot).op(SSTORE);
        a.op(STOP);
        return a.assemble();
    }

    /** {@code store(slot, value)} as two raw words: {@code sstore(calldata[0], calldata[32])}. */
    static byte[] storage() {
        return new Asm().push(0x20).op(CALLDATALOAD).push(0).op(CALLDATALOAD).op(SSTORE, STOP).assemble();
    }

    /**
     * Storage-heavy: for i in [0, calldata[0]): {@code sstore(keccak(i, number), i + 1)}; a call with n writes n new
     * slots spread over the whole storage trie.
     */
    static byte[] storageHeavy() {
        Asm a = new Asm();
        a.push(0).op(CALLDATALOAD).push(0)                 // n i
                .label("loop").op(DUP2, DUP2, LT, ISZERO).pushLabel("done").op(JUMPI)
                .op(DUP1).push(0).op(MSTORE).op(NUMBER).push(0x20).op(MSTORE)
                .op(DUP1).push(1).op(ADD).push(0x40).push(0).op(KECCAK256).op(SSTORE)
                .push(1).op(ADD).pushLabel("loop").op(JUMP)
                .label("done").op(STOP);
        return a.assemble();
    }

    /**
     * The prober: static-calls {@code calldata[0]} (an address) with {@code calldata[64:]} as input and stores
     * {@code keccak256(returndata)} in slot {@code calldata[32]}, whether the call succeeded or not. Precompile calls
     * and view calls into the predeploys (the GasPriceOracle's fork flags) leave their result in state this way.
     */
    static byte[] prober() {
        Asm a = new Asm();
        a.push(0x40).op(CALLDATASIZE, SUB).push(0x40).push(0).op(CALLDATACOPY)                 // input at mem[0..]
                .push(0).push(0).push(0x40).op(CALLDATASIZE, SUB).push(0).push(0).op(CALLDATALOAD).op(GAS, STATICCALL)
                .op(POP)
                .op(RETURNDATASIZE).push(0).push(0).op(RETURNDATACOPY)
                .op(RETURNDATASIZE).push(0).op(KECCAK256).push(0x20).op(CALLDATALOAD).op(SSTORE, STOP);
        return a.assemble();
    }

    /**
     * {@link #storage()} written with Shanghai's PUSH0: {@code sstore(calldata[0], calldata[32])}. Deployed through
     * the create2Deployer after Canyon.
     */
    static byte[] push0Storage() {
        return new Asm().push(0x20).op(CALLDATALOAD).op(PUSH0, CALLDATALOAD, SSTORE, STOP).assemble();
    }

    /**
     * Cancun opcodes (Ecotone): {@code tstore(0, calldata[0])}, then {@code sstore(1, tload(0))};
     * {@code sstore(2, blobbasefee)}; {@code mstore(0, calldata[0])}, {@code mcopy(32, 0, 32)},
     * {@code sstore(3, mload(32))}.
     */
    static byte[] cancunOpcodes() {
        Asm a = new Asm();
        a.op(PUSH0, CALLDATALOAD, PUSH0, TSTORE)
                .op(PUSH0, TLOAD).push(1).op(SSTORE)
                .op(BLOBBASEFEE).push(2).op(SSTORE)
                .op(PUSH0, CALLDATALOAD, PUSH0, MSTORE)
                .push(0x20).op(PUSH0).push(0x20).op(MCOPY)
                .push(0x20).op(MLOAD).push(3).op(SSTORE, STOP);
        return a.assemble();
    }

    /** The devnet's L2ToL1MessagePasser implementation: records {@code sentMessages[keccak256(calldata)] = 1}. */
    static byte[] messagePasser() {
        return new Asm().op(CALLDATASIZE).push(0).push(0).op(CALLDATACOPY)
                .push(1).op(CALLDATASIZE).push(0).op(KECCAK256).op(SSTORE, STOP).assemble();
    }
}
