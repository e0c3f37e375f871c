package io.kona4j.protocol.hardforks;

import io.kona4j.consensus.DepositTransaction;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.deposits.DepositSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The network-upgrade deposits of each fork, in op-node's order (PROTOCOL.md §1.11): mint 0, value 0, not system
 * transactions, source hash {@code keccak(bytes32(2) ‖ keccak(intent))}. Jovian uses op-node's and kona's intents
 * ("Jovian: L1 Block Deployment", …), not the spec's (PROTOCOL.md §6 item 1). Interop follows kona's four-transaction
 * set (CrossL2Inbox and L2ToL2CrossDomainMessenger deployments with their proxy updates).
 */
public final class UpgradeTransactions {
    /** Selector of the proxies' {@code upgradeTo(address)}. */
    public static final byte[] UPGRADE_TO = selector("upgradeTo(address)");
    static final Address ZERO = Address.ZERO;
    static final Address EIP4788_SENDER = Address.fromHex("0x0B799C86a49DEeb90402691F1041aa3AF2d3C875");
    static final Address EIP2935_SENDER = Address.fromHex("0x3462413Af4609098e1E27A490f554f260213D685");

    private static final List<DepositTransaction> ECOTONE;
    private static final List<DepositTransaction> FJORD;
    private static final List<DepositTransaction> ISTHMUS;
    private static final List<DepositTransaction> JOVIAN;
    private static final List<DepositTransaction> INTEROP;

    static {
        Address l1BlockDeployer = deployer(0);
        Address gpoDeployer = deployer(1);
        ECOTONE = List.of(
                deploy("Ecotone: L1 Block Deployment", l1BlockDeployer, 375_000, code("ecotone-l1-block-deployment")),
                deploy("Ecotone: Gas Price Oracle Deployment", gpoDeployer, 1_000_000,
                        code("ecotone-gas-price-oracle-deployment")),
                proxyUpdate("Ecotone: L1 Block Proxy Update", Predeploys.L1_BLOCK, createAddress(l1BlockDeployer)),
                proxyUpdate("Ecotone: Gas Price Oracle Proxy Update", Predeploys.GAS_PRICE_ORACLE,
                        createAddress(gpoDeployer)),
                call("Ecotone: Gas Price Oracle Set Ecotone", Predeploys.L1_INFO_DEPOSITOR, Predeploys.GAS_PRICE_ORACLE,
                        80_000, selector("setEcotone()")),
                deploy("Ecotone: beacon block roots contract deployment", EIP4788_SENDER, 250_000,
                        code("eip4788-deployment")));
        Address fjordGpo = deployer(2);
        FJORD = List.of(
                deploy("Fjord: Gas Price Oracle Deployment", fjordGpo, 1_450_000,
                        code("fjord-gas-price-oracle-deployment")),
                proxyUpdate("Fjord: Gas Price Oracle Proxy Update", Predeploys.GAS_PRICE_ORACLE, createAddress(fjordGpo)),
                call("Fjord: Gas Price Oracle Set Fjord", Predeploys.L1_INFO_DEPOSITOR, Predeploys.GAS_PRICE_ORACLE,
                        90_000, selector("setFjord()")));
        Address isthmusL1Block = deployer(3);
        Address isthmusGpo = deployer(4);
        Address isthmusVault = deployer(5);
        ISTHMUS = List.of(
                deploy("Isthmus: L1 Block Deployment", isthmusL1Block, 425_000, code("isthmus-l1-block-deployment")),
                deploy("Isthmus: Gas Price Oracle Deployment", isthmusGpo, 1_625_000,
                        code("isthmus-gas-price-oracle-deployment")),
                deploy("Isthmus: Operator Fee Vault Deployment", isthmusVault, 500_000,
                        code("isthmus-operator-fee-vault-deployment")),
                proxyUpdate("Isthmus: L1 Block Proxy Update", Predeploys.L1_BLOCK, createAddress(isthmusL1Block)),
                proxyUpdate("Isthmus: Gas Price Oracle Proxy Update", Predeploys.GAS_PRICE_ORACLE,
                        createAddress(isthmusGpo)),
                proxyUpdate("Isthmus: Operator Fee Vault Proxy Update", Predeploys.OPERATOR_FEE_VAULT,
                        createAddress(isthmusVault)),
                call("Isthmus: Gas Price Oracle Set Isthmus", Predeploys.L1_INFO_DEPOSITOR, Predeploys.GAS_PRICE_ORACLE,
                        90_000, selector("setIsthmus()")),
                deploy("Isthmus: EIP-2935 Contract Deployment", EIP2935_SENDER, 250_000, code("eip2935-deployment")));
        Address jovianL1Block = deployer(6);
        Address jovianGpo = deployer(7);
        JOVIAN = List.of(
                deploy("Jovian: L1 Block Deployment", jovianL1Block, 447_315, code("jovian-l1-block-deployment")),
                proxyUpdate("Jovian: L1 Block Proxy Update", Predeploys.L1_BLOCK, createAddress(jovianL1Block)),
                deploy("Jovian: Gas Price Oracle Deployment", jovianGpo, 1_750_714,
                        code("jovian-gas-price-oracle-deployment")),
                proxyUpdate("Jovian: Gas Price Oracle Proxy Update", Predeploys.GAS_PRICE_ORACLE,
                        createAddress(jovianGpo)),
                call("Jovian: Gas Price Oracle Set Jovian", Predeploys.L1_INFO_DEPOSITOR, Predeploys.GAS_PRICE_ORACLE,
                        90_000, selector("setJovian()")));
        Address inboxDeployer = Address.fromHex("0x4220000000000000000000000000000000000000");
        Address messengerDeployer = Address.fromHex("0x4220000000000000000000000000000000000001");
        INTEROP = List.of(
                deploy("Interop: CrossL2Inbox Deployment", inboxDeployer, 420_000,
                        code("interop-cross-l2-inbox-deployment")),
                proxyUpdate("Interop: CrossL2Inbox Proxy Update", Predeploys.CROSS_L2_INBOX, createAddress(inboxDeployer)),
                deploy("Interop: L2ToL2CrossDomainMessenger Deployment", messengerDeployer, 1_100_000,
                        code("interop-l2-to-l2-cross-domain-messenger-deployment")),
                proxyUpdate("Interop: L2ToL2CrossDomainMessenger Proxy Update",
                        Predeploys.L2_TO_L2_CROSS_DOMAIN_MESSENGER, createAddress(messengerDeployer)));
    }

    private UpgradeTransactions() {}

    public static List<DepositTransaction> ecotone() {
        return ECOTONE;
    }

    public static List<DepositTransaction> fjord() {
        return FJORD;
    }

    public static List<DepositTransaction> isthmus() {
        return ISTHMUS;
    }

    public static List<DepositTransaction> jovian() {
        return JOVIAN;
    }

    public static List<DepositTransaction> interop() {
        return INTEROP;
    }

    /** The upgrade deposits of {@code fork}, or an empty list for forks without any. */
    public static List<DepositTransaction> of(Hardfork fork) {
        return switch (fork) {
            case ECOTONE -> ECOTONE;
            case FJORD -> FJORD;
            case ISTHMUS -> ISTHMUS;
            case JOVIAN -> JOVIAN;
            case INTEROP -> INTEROP;
            default -> List.of();
        };
    }

    /**
     * Every upgrade deposit of the L2 block at {@code l2Time}: the sets of the forks whose first block it is, in the
     * order Ecotone, Fjord, Isthmus, Jovian, Interop.
     */
    public static List<DepositTransaction> forBlock(RollupConfig rollup, long l2Time) {
        List<DepositTransaction> out = new ArrayList<>();
        for (Hardfork f : new Hardfork[] {Hardfork.ECOTONE, Hardfork.FJORD, Hardfork.ISTHMUS, Hardfork.JOVIAN,
            Hardfork.INTEROP}) {
            if (rollup.isFirstBlock(f, l2Time)) out.addAll(of(f));
        }
        return out;
    }

    /** {@code 0x4210…00nn}, the deployer accounts of the upgrade contracts. */
    static Address deployer(int n) {
        byte[] a = new byte[20];
        a[0] = 0x42;
        a[1] = 0x10;
        a[19] = (byte) n;
        return Address.of(a);
    }

    /** The address a CREATE from {@code sender} at nonce 0 yields: {@code keccak(rlp([sender, 0]))[12:]}. */
    public static Address createAddress(Address sender) {
        byte[] rlp = new byte[23];
        rlp[0] = (byte) 0xd6;
        rlp[1] = (byte) 0x94;
        System.arraycopy(sender.unsafeBytes(), 0, rlp, 2, 20);
        rlp[22] = (byte) 0x80;
        return Address.of(Keccak256.digest(rlp), 12);
    }

    /** The first four bytes of {@code keccak(signature)}. */
    public static byte[] selector(String signature) {
        byte[] h = Keccak256.digest(signature.getBytes(StandardCharsets.US_ASCII));
        return new byte[] {h[0], h[1], h[2], h[3]};
    }

    private static DepositTransaction deploy(String intent, Address from, long gas, byte[] code) {
        return new DepositTransaction(DepositSource.upgrade(intent), from, null, UInt256.ZERO, UInt256.ZERO, gas, false,
                code);
    }

    private static DepositTransaction proxyUpdate(String intent, Address proxy, Address implementation) {
        return call(intent, ZERO, proxy, 50_000, Bytes.concat(UPGRADE_TO, implementation.toWord()));
    }

    private static DepositTransaction call(String intent, Address from, Address to, long gas, byte[] data) {
        return new DepositTransaction(DepositSource.upgrade(intent), from, to, UInt256.ZERO, UInt256.ZERO, gas, false,
                data);
    }

    private static byte[] code(String name) {
        try (InputStream in = UpgradeTransactions.class.getResourceAsStream(name + ".hex")) {
            if (in == null) throw new IllegalStateException("missing upgrade bytecode resource " + name + ".hex");
            return Hex.decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
