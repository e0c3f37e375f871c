package io.kona4j.conformance.opvectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.protocol.EcotoneScalars;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.deposits.DepositSource;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.hardforks.UpgradeTransactions;
import io.kona4j.protocol.info.L1BlockInfo;
import io.kona4j.protocol.info.L1BlockInfoBedrock;
import io.kona4j.protocol.info.L1BlockInfoEcotone;
import io.kona4j.protocol.info.L1BlockInfoIsthmus;
import io.kona4j.protocol.info.L1BlockInfoJovian;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.registry.Chains;
import io.kona4j.protocol.registry.RollupConfigJson;
import io.kona4j.protocol.registry.SuperchainToml;
import io.kona4j.protocol.sysconfig.PayloadToSystemConfig;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code kona4j conformance op-vectors}: the OP protocol vectors.
 * <ul>
 *   <li>upgrade transactions kona4j builds are byte-identical to kona's {@code <fork>_tx_<i>.hex}, in order and with
 *       no transaction missing or extra; the embedded deployment bytecode equals kona's {@code *.hex} copies (which
 *       covers Jovian, whose transactions kona ships no bytes for);</li>
 *   <li>the source hashes, event hashes and selectors listed in PROTOCOL.md §1.10–1.11;</li>
 *   <li>the L1-info deposit of every kona-executor fixture decodes and re-encodes byte-identically, and rebuilding the
 *       whole deposit from the decoded values and the fixture's rollup config gives the same bytes;</li>
 *   <li>{@code PayloadToSystemConfig} on consecutive real blocks: the config rebuilt from block N gives block N+1's gas
 *       limit, {@code eip1559Params} and L1-info deposit;</li>
 *   <li>the batch vectors ({@link BatchVectors});</li>
 *   <li>the built-in chain configs equal the superchain-registry TOML in the test data.</li>
 * </ul>
 * Paths: the {@code op-vectors} folder, the kona-executor {@code extracted} folder and the superchain-registry folder,
 * in any order.
 */
public final class OpVectorsSuite implements Suite {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** kona's bytecode file → the upgrade transaction whose input it must be. */
    private static final Map<String, DepositTransaction> BYTECODE = Map.ofEntries(
            Map.entry("l1_block_ecotone.hex", UpgradeTransactions.ecotone().get(0)),
            Map.entry("gpo_ecotone.hex", UpgradeTransactions.ecotone().get(1)),
            Map.entry("eip4788_ecotone.hex", UpgradeTransactions.ecotone().get(5)),
            Map.entry("gpo_fjord.hex", UpgradeTransactions.fjord().get(0)),
            Map.entry("l1_block_isthmus.hex", UpgradeTransactions.isthmus().get(0)),
            Map.entry("gpo_isthmus.hex", UpgradeTransactions.isthmus().get(1)),
            Map.entry("ofv_isthmus.hex", UpgradeTransactions.isthmus().get(2)),
            Map.entry("eip2935_isthmus.hex", UpgradeTransactions.isthmus().get(7)),
            Map.entry("jovian-l1-block-deployment.hex", UpgradeTransactions.jovian().get(0)),
            Map.entry("jovian-gas-price-oracle-deployment.hex", UpgradeTransactions.jovian().get(2)),
            Map.entry("crossl2inbox_interop.hex", UpgradeTransactions.interop().get(0)),
            Map.entry("l2tol2_xdm_interop.hex", UpgradeTransactions.interop().get(2)));

    @Override
    public String name() {
        return "op-vectors";
    }

    @Override
    public String description() {
        return "OP upgrade txs, batch vectors, source hashes/selectors, L1-info txs of the kona-executor fixtures";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("op-vectors"), data.testdata("kona-executor/extracted"),
                data.testdata("superchain-registry"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        for (Path p : paths) {
            if (!Files.isDirectory(p)) throw new IOException("no such folder: " + p);
            if (Files.isDirectory(p.resolve("superchain/configs"))) {
                registry(p.resolve("superchain"), report);
            } else if (Files.isDirectory(p.resolve("kona-crates"))) {
                upgradeTransactions(p.resolve("kona-crates/protocol/hardforks/src/bytecode"), report);
                listedConstants(report);
                BatchVectors.run(p, report);
            } else {
                fixtures(p, report);
            }
        }
    }

    private static void upgradeTransactions(Path dir, SuiteReport report) throws IOException {
        for (Hardfork fork : new Hardfork[] {Hardfork.ECOTONE, Hardfork.FJORD, Hardfork.ISTHMUS, Hardfork.JOVIAN,
            Hardfork.INTEROP}) {
            List<DepositTransaction> ours = UpgradeTransactions.of(fork);
            int files = 0;
            for (int i = 0; ; i++) {
                Path f = dir.resolve(fork.key() + "_tx_" + i + ".hex");
                if (!Files.exists(f)) break;
                files++;
                String name = f.getFileName().toString();
                byte[] expected = readHex(f);
                if (i >= ours.size()) {
                    report.fail(name, "kona has more " + fork.key() + " upgrade transactions than kona4j's " + ours.size());
                    continue;
                }
                byte[] got = ours.get(i).encode();
                if (Arrays.equals(expected, got)) report.pass(name);
                else report.fail(name, "differs: " + describe(expected) + " vs kona4j " + ours.get(i));
            }
            if (files > 0 && files != ours.size()) {
                report.fail(fork.key() + " upgrade tx count", "kona has " + files + ", kona4j " + ours.size());
            } else if (files > 0) {
                report.pass(fork.key() + " upgrade tx count (" + files + ")");
            }
        }
        for (Map.Entry<String, DepositTransaction> e : BYTECODE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Path f = dir.resolve(e.getKey());
            if (!Files.exists(f)) {
                report.fail(e.getKey(), "missing from " + dir);
                continue;
            }
            if (Arrays.equals(readHex(f), e.getValue().input())) report.pass(e.getKey());
            else report.fail(e.getKey(), "embedded deployment bytecode differs from kona's");
        }
    }

    /** The values PROTOCOL.md §1.10–1.11 lists (Jovian in full; the others as the prefix…suffix it prints). */
    private static void listedConstants(SuiteReport report) {
        check(report, "TransactionDeposited event", UserDeposits.TRANSACTION_DEPOSITED_EVENT.toHex(),
                "0xb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c32");
        check(report, "ConfigUpdate event", SystemConfigLogs.CONFIG_UPDATE_EVENT.toHex(),
                "0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be");
        check(report, "selector Bedrock setL1BlockValues", String.format("0x%08x", L1BlockInfoBedrock.SELECTOR),
                Hex.encode(UpgradeTransactions.selector(
                        "setL1BlockValues(uint64,uint64,uint256,bytes32,uint64,bytes32,uint256,uint256)")));
        check(report, "selector Bedrock listed", String.format("0x%08x", L1BlockInfoBedrock.SELECTOR), "0x015d8eb9");
        check(report, "selector setL1BlockValuesEcotone", String.format("0x%08x", L1BlockInfoEcotone.SELECTOR),
                Hex.encode(UpgradeTransactions.selector("setL1BlockValuesEcotone()")));
        check(report, "selector setL1BlockValuesIsthmus", String.format("0x%08x", L1BlockInfoIsthmus.SELECTOR),
                Hex.encode(UpgradeTransactions.selector("setL1BlockValuesIsthmus()")));
        check(report, "selector setL1BlockValuesJovian", String.format("0x%08x", L1BlockInfoJovian.SELECTOR),
                Hex.encode(UpgradeTransactions.selector("setL1BlockValuesJovian()")));
        check(report, "selector Ecotone listed", String.format("0x%08x", L1BlockInfoEcotone.SELECTOR), "0x440a5e20");
        check(report, "selector Isthmus listed", String.format("0x%08x", L1BlockInfoIsthmus.SELECTOR), "0x098999be");
        check(report, "selector Jovian listed", String.format("0x%08x", L1BlockInfoJovian.SELECTOR), "0x3db6be2b");
        check(report, "selector upgradeTo", Hex.encode(UpgradeTransactions.UPGRADE_TO), "0x3659cfe6");
        check(report, "selector setEcotone", Hex.encode(UpgradeTransactions.selector("setEcotone()")), "0x22b90ab3");
        check(report, "selector setFjord", Hex.encode(UpgradeTransactions.selector("setFjord()")), "0x8e98b106");
        check(report, "selector setIsthmus", Hex.encode(UpgradeTransactions.selector("setIsthmus()")), "0x291b0383");
        check(report, "selector setJovian", Hex.encode(UpgradeTransactions.selector("setJovian()")), "0xb3d72079");
        String[][] partial = {
            {"Ecotone: L1 Block Deployment", "0x877a6077", "46f8"},
            {"Ecotone: Gas Price Oracle Deployment", "0xa312b451", "cf42"},
            {"Ecotone: L1 Block Proxy Update", "0x18acb38c", "7dbc"},
            {"Ecotone: Gas Price Oracle Proxy Update", "0xee4f9385", "230a"},
            {"Ecotone: Gas Price Oracle Set Ecotone", "0x0c1cb38e", "5f93"},
            {"Ecotone: beacon block roots contract deployment", "0x69b763c4", "c00c"},
            {"Fjord: Gas Price Oracle Deployment", "0x86122c53", "8ea3"},
            {"Fjord: Gas Price Oracle Proxy Update", "0x1e6bb0c2", "58c6"},
            {"Fjord: Gas Price Oracle Set Fjord", "0xbac7bb0d", "9b6b"},
            {"Isthmus: L1 Block Deployment", "0x3b2d0821", "11bf"},
            {"Isthmus: Gas Price Oracle Deployment", "0xfc70b484", "8035"},
            {"Isthmus: Operator Fee Vault Deployment", "0x107a570d", "a96"},
            {"Isthmus: L1 Block Proxy Update", "0xebe8b5cb", "7a0e"},
            {"Isthmus: Gas Price Oracle Proxy Update", "0xecf2d916", "1ab0"},
            {"Isthmus: Operator Fee Vault Proxy Update", "0xad74e1ad", "a927"},
            {"Isthmus: Gas Price Oracle Set Isthmus", "0x3ddf4b13", "5319"},
            {"Isthmus: EIP-2935 Contract Deployment", "0xbfb734da", "553a"},
            {"Jovian: Gas Price Oracle Set Jovian", "0xe836db6a", "716c"},
        };
        List<String> intents = new ArrayList<>();
        for (Hardfork f : new Hardfork[] {Hardfork.ECOTONE, Hardfork.FJORD, Hardfork.ISTHMUS, Hardfork.JOVIAN}) {
            for (DepositTransaction t : UpgradeTransactions.of(f)) intents.add(t.sourceHash().toHex());
        }
        for (String[] p : partial) {
            String got = DepositSource.upgrade(p[0]).toHex();
            String name = "source hash \"" + p[0] + "\"";
            if (!got.startsWith(p[1]) || !got.endsWith(p[2])) report.fail(name, got + " is not " + p[1] + "…" + p[2]);
            else if (!intents.contains(got)) report.fail(name, "no kona4j upgrade transaction uses it");
            else report.pass(name);
        }
        String[][] jovian = {
            {"Jovian: L1 Block Deployment", "0xbb1a656f65401240fac3db12e7a79ebb954b11e62f7626eb11691539b798d3bf"},
            {"Jovian: L1 Block Proxy Update", "0xf3275f829340521028f9ad5bce4ecb1c64a45d448794effa2a77674627338e76"},
            {"Jovian: Gas Price Oracle Deployment", "0x239b7021a6c2cf3a918481242bbb5a9499057f24501539467536c691bb133962"},
            {"Jovian: Gas Price Oracle Proxy Update",
                "0xa70c60aa53b8c1c0d52b39b1e901e7d7c09f7819595cb24048a6bb1983b401ff"},
        };
        for (int i = 0; i < jovian.length; i++) {
            String got = UpgradeTransactions.jovian().get(i).sourceHash().toHex();
            check(report, "source hash \"" + jovian[i][0] + "\"", DepositSource.upgrade(jovian[i][0]).toHex(), jovian[i][1]);
            check(report, "Jovian upgrade tx " + i + " source", got, jovian[i][1]);
        }
    }

    private static void fixtures(Path extracted, SuiteReport report) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(extracted)) {
            files = s.map(d -> d.resolve("fixture.json")).filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no */fixture.json under " + extracted);
        for (Path f : files) {
            String name = f.getParent().getFileName() + " L1-info tx";
            try {
                JsonNode root = JSON.readTree(f.toFile());
                RollupConfig config = RollupConfigJson.fromNode(root.get("rollup_config"));
                JsonNode payload = root.get("executing_payload");
                long time = Long.decode(payload.get("timestamp").asText());
                byte[] raw = Hex.decode(payload.get("transactions").get(0).asText());
                Transaction tx = Transaction.decode(raw);
                L1BlockInfo info = L1InfoTransaction.fromTransaction(tx);
                if (!Arrays.equals(info.encode(), tx.input())) {
                    report.fail(name, "calldata re-encodes differently: " + Hex.encode(info.encode()));
                } else if (!Arrays.equals(L1InfoTransaction.deposit(config, info, time).encode(), raw)) {
                    report.fail(name, "the deposit rebuilt from its L1 info differs: "
                            + L1InfoTransaction.deposit(config, info, time));
                } else {
                    report.pass(name + " (" + info.getClass().getSimpleName() + ", L1 #" + info.number() + ", seq "
                            + info.sequenceNumber() + ")");
                }
                if (config.l2ChainId() == Chains.OP_SEPOLIA) registryAgrees(f, config, report);
            } catch (ProtocolException | ConsensusException | PrimitivesException | IllegalArgumentException
                     | NullPointerException e) {
                report.fail(name, "rejected: " + e);
            }
        }
        for (int i = 0; i + 1 < files.size(); i++) payloadToSystemConfig(files.get(i), files.get(i + 1), report);
    }

    /**
     * {@code PayloadToSystemConfig} on a real block: block N is the next fixture's {@code parent_header} with fixture N's
     * payload transactions; the system config rebuilt from it must give block N+1's gas limit, {@code eip1559Params}
     * and (same epoch) its L1-info deposit byte for byte.
     */
    private static void payloadToSystemConfig(Path fixtureN, Path fixtureNext, SuiteReport report) throws IOException {
        JsonNode n = JSON.readTree(fixtureN.toFile());
        JsonNode next = JSON.readTree(fixtureNext.toFile());
        Header header = HeaderJson.fromTree(next.get("parent_header"));
        String name = fixtureN.getParent().getFileName() + " PayloadToSystemConfig -> " + fixtureNext.getParent()
                .getFileName();
        if (!header.hash().toHex().equalsIgnoreCase(n.get("expected_block_hash").asText())) {
            report.info("(" + fixtureNext.getParent().getFileName() + " does not follow "
                    + fixtureN.getParent().getFileName() + ": no PayloadToSystemConfig pair)");
            return;
        }
        try {
            RollupConfig config = RollupConfigJson.fromNode(n.get("rollup_config"));
            List<Transaction> txs = new ArrayList<>();
            for (JsonNode t : n.get("executing_payload").get("transactions")) txs.add(Transaction.decode(Hex.decode(t.asText())));
            SystemConfig sys = PayloadToSystemConfig.convert(config, new Block(header, txs, List.of(), List.of()));
            JsonNode payload = next.get("executing_payload");
            long nextTime = Long.decode(payload.get("timestamp").asText());
            long gasLimit = Long.decode(payload.get("gasLimit").asText());
            byte[] eip1559 = Hex.decode(payload.get("eip1559Params").asText());
            byte[] raw = Hex.decode(payload.get("transactions").get(0).asText());
            L1BlockInfo got = L1InfoTransaction.fromTransaction(Transaction.decode(raw));
            EcotoneScalars scalars = EcotoneScalars.decode(sys.scalar());
            L1BlockInfo rebuilt = new L1BlockInfoEcotone(got.number(), got.time(), got.baseFee(), got.blockHash(),
                    got.sequenceNumber(), sys.batcherAddress(), ((L1BlockInfoEcotone) got).blobBaseFee(),
                    scalars.blobBaseFeeScalar(), scalars.baseFeeScalar());
            if (sys.gasLimit() != gasLimit) {
                report.fail(name, "gas limit " + sys.gasLimit() + ", next payload has " + gasLimit);
            } else if (!Arrays.equals(sys.eip1559Params(config, header.timestamp(), nextTime), eip1559)) {
                report.fail(name, "eip1559Params " + Hex.encode(sys.eip1559Params(config, header.timestamp(), nextTime))
                        + ", next payload has " + Hex.encode(eip1559));
            } else if (!Arrays.equals(L1InfoTransaction.deposit(config, rebuilt, nextTime).encode(), raw)) {
                report.fail(name, "L1-info deposit rebuilt from the system config differs: " + rebuilt);
            } else {
                report.pass(name);
            }
        } catch (ProtocolException | ConsensusException | PrimitivesException | ClassCastException e) {
            report.fail(name, "rejected: " + e);
        }
    }

    /**
     * The built-in configs must equal what the registry's TOML gives, read straight from the test data. Base's file is
     * the one before its removal; read with today's superchain.toml it would inherit Karst, and today's superchain
     * files no longer list the ProtocolVersions address, so those two fields are not compared.
     */
    private static void registry(Path superchain, SuiteReport report) throws IOException {
        String[][] chains = {
            {"10", "configs/mainnet/op.toml", "configs/mainnet/superchain.toml"},
            {"11155420", "configs/sepolia/op.toml", "configs/sepolia/superchain.toml"},
            {"8453", "configs-base-pre-removal/mainnet/base.toml", "configs/mainnet/superchain.toml"},
            {"84532", "configs-base-pre-removal/sepolia/base.toml", "configs/sepolia/superchain.toml"},
        };
        for (String[] c : chains) {
            long id = Long.parseLong(c[0]);
            String name = "built-in chain " + id + " = registry " + c[1];
            Path chain = superchain.resolve(c[1]);
            if (!Files.exists(chain)) {
                report.fail(name, "missing " + chain);
                continue;
            }
            try {
                RollupConfig fromRegistry = SuperchainToml.read(Files.readString(chain),
                        Files.readString(superchain.resolve(c[2])));
                RollupConfig builtIn = Chains.require(id);
                boolean base = c[1].contains("base");
                RollupConfig comparable = fromRegistry.toBuilder()
                        .protocolVersionsAddress(builtIn.protocolVersionsAddress())
                        .hardForks(base ? fromRegistry.hardForks().with(Hardfork.KARST, builtIn.hardForks().karst())
                                : fromRegistry.hardForks())
                        .build();
                if (comparable.equals(builtIn)) report.pass(name);
                else report.fail(name, "registry " + fromRegistry + " vs built-in " + builtIn);
            } catch (RollupConfigException e) {
                report.fail(name, "rejected: " + e.getMessage());
            }
        }
    }

    /** The built-in OP Sepolia config must agree with kona's on every field kona's fixture sets. */
    private static void registryAgrees(Path fixture, RollupConfig kona, SuiteReport report) {
        String name = fixture.getParent().getFileName() + " rollup config = built-in OP Sepolia";
        RollupConfig ours = Chains.require(Chains.OP_SEPOLIA);
        List<String> diffs = new ArrayList<>();
        diff(diffs, "genesis", kona.genesis(), ours.genesis());
        diff(diffs, "block_time", kona.blockTime(), ours.blockTime());
        diff(diffs, "max_sequencer_drift", kona.maxSequencerDrift(), ours.maxSequencerDrift());
        diff(diffs, "seq_window_size", kona.seqWindowSize(), ours.seqWindowSize());
        diff(diffs, "channel_timeout", kona.channelTimeout(), ours.channelTimeout());
        diff(diffs, "granite_channel_timeout", kona.graniteChannelTimeout(), ours.graniteChannelTimeout());
        diff(diffs, "l1_chain_id", kona.l1ChainId(), ours.l1ChainId());
        diff(diffs, "batch_inbox_address", kona.batchInboxAddress(), ours.batchInboxAddress());
        diff(diffs, "deposit_contract_address", kona.depositContractAddress(), ours.depositContractAddress());
        diff(diffs, "l1_system_config_address", kona.l1SystemConfigAddress(), ours.l1SystemConfigAddress());
        diff(diffs, "protocol_versions_address", kona.protocolVersionsAddress(), ours.protocolVersionsAddress());
        diff(diffs, "superchain_config_address", kona.superchainConfigAddress(), ours.superchainConfigAddress());
        diff(diffs, "chain_op_config", kona.chainOpConfig(), ours.chainOpConfig());
        for (Hardfork f : Hardfork.values()) {
            Long k = kona.hardForks().time(f);
            if (k != null) diff(diffs, f.key() + "_time", k, ours.hardForks().time(f));
        }
        if (diffs.isEmpty()) report.pass(name);
        else report.fail(name, String.join("; ", diffs));
    }

    private static void diff(List<String> out, String field, Object kona, Object ours) {
        if (!Objects.equals(kona, ours)) out.add(field + ": kona " + kona + ", kona4j " + ours);
    }

    private static void check(SuiteReport report, String name, String got, String expected) {
        if (got.equalsIgnoreCase(expected)) report.pass(name);
        else report.fail(name, got + ", expected " + expected);
    }

    private static byte[] readHex(Path f) throws IOException {
        return Hex.decode(Files.readString(f).replaceAll("\\s", ""));
    }

    private static String describe(byte[] raw) {
        try {
            return Transaction.decode(raw).toString();
        } catch (ConsensusException e) {
            return "undecodable (" + e.getMessage() + ")";
        }
    }
}
