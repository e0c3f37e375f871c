package io.kona4j.protocol.sysconfig;

import io.kona4j.consensus.Log;
import io.kona4j.consensus.Receipt;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.SystemConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data)} logs of the L1 SystemConfig
 * contract (PROTOCOL.md §1.10): decoding with op-node's checks, encoding (for chains kona4j builds), and applying
 * every update in an L1 block's receipts.
 *
 * <p>Checks, as op-node's {@code ProcessSystemConfigUpdateLogEvent}: exactly 3 topics; version topic 0; update type
 * 0–7; {@code data} = ABI {@code bytes} with offset 32, the type's exact length and nothing after it; u64/u16 values
 * with zero high bytes; addresses with zero padding. The EIP-1559 and operator-fee words are read from their low
 * bytes without checking the rest, as op-node does (kona is stricter there). The unsafe block signer update is ignored
 * without reading its data.
 */
public final class SystemConfigLogs {
    /** {@code keccak256("ConfigUpdate(uint256,uint8,bytes)")}. */
    public static final Hash CONFIG_UPDATE_EVENT = Keccak256.hash("ConfigUpdate(uint256,uint8,bytes)"
            .getBytes(StandardCharsets.US_ASCII));

    private SystemConfigLogs() {}

    /**
     * The config after every {@code ConfigUpdate} in {@code receipts} emitted by {@code systemConfigAddress}, in log
     * order; failed receipts are skipped.
     *
     * @param ecotoneActive the rollup's Ecotone rule at the L1 block's timestamp
     * @throws SystemConfigLogException on the first malformed update log
     */
    public static SystemConfig applyReceipts(SystemConfig config, List<Receipt> receipts, Address systemConfigAddress,
                                             boolean ecotoneActive) {
        SystemConfig c = config;
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            if (!r.status()) continue;
            List<Log> logs = r.logs();
            for (int j = 0; j < logs.size(); j++) {
                Log log = logs.get(j);
                if (!log.address().equals(systemConfigAddress) || log.topics().isEmpty()
                        || !log.topics().get(0).equals(CONFIG_UPDATE_EVENT)) {
                    continue;
                }
                try {
                    c = decode(log).apply(c, ecotoneActive);
                } catch (SystemConfigLogException e) {
                    throw new SystemConfigLogException("malformed L1 system config log in receipt " + i + ", log " + j
                            + ": " + e.getMessage());
                }
            }
        }
        return c;
    }

    /** Decodes one {@code ConfigUpdate} log (its emitter is not checked here). */
    public static SystemConfigUpdate decode(Log log) {
        List<Hash> topics = log.topics();
        if (topics.size() != 3) {
            throw new SystemConfigLogException("expected 3 topics (event, version, update type), got " + topics.size());
        }
        if (!topics.get(0).equals(CONFIG_UPDATE_EVENT)) {
            throw new SystemConfigLogException("not a ConfigUpdate event: topic 0 is " + topics.get(0));
        }
        if (!topics.get(1).isZero()) {
            throw new SystemConfigLogException("unrecognized ConfigUpdate version " + topics.get(1));
        }
        Hash typeTopic = topics.get(2);
        int type = typeTopic.get(31) & 0xFF;
        for (int i = 0; i < 31; i++) {
            if (typeTopic.get(i) != 0) type = -1;
        }
        byte[] d = log.data();
        return switch (type) {
            case SystemConfigUpdate.BATCHER -> {
                int p = payload(d, 32, "batcher");
                for (int i = p; i < p + 12; i++) {
                    if (d[i] != 0) throw new SystemConfigLogException("batcher update: address has non-zero padding");
                }
                yield new SystemConfigUpdate.Batcher(Address.of(d, p + 12));
            }
            case SystemConfigUpdate.FEE_SCALARS -> {
                int p = payload(d, 64, "fee scalars");
                yield new SystemConfigUpdate.FeeScalars(UInt256.fromBytes(d, p, 32), UInt256.fromBytes(d, p + 32, 32));
            }
            case SystemConfigUpdate.GAS_LIMIT ->
                    new SystemConfigUpdate.GasLimit(u64(d, payload(d, 32, "gas limit"), "gas limit"));
            case SystemConfigUpdate.UNSAFE_BLOCK_SIGNER -> new SystemConfigUpdate.UnsafeBlockSigner();
            case SystemConfigUpdate.EIP_1559_PARAMS -> {
                int p = payload(d, 32, "EIP-1559 params");
                yield new SystemConfigUpdate.Eip1559Params(Bytes.readIntBE(d, p + 24) & 0xFFFFFFFFL,
                        Bytes.readIntBE(d, p + 28) & 0xFFFFFFFFL);
            }
            case SystemConfigUpdate.OPERATOR_FEE_PARAMS -> {
                int p = payload(d, 32, "operator fee params");
                yield new SystemConfigUpdate.OperatorFeeParams(Bytes.readIntBE(d, p + 20) & 0xFFFFFFFFL,
                        Bytes.readLongBE(d, p + 24));
            }
            case SystemConfigUpdate.MIN_BASE_FEE ->
                    new SystemConfigUpdate.MinBaseFee(u64(d, payload(d, 32, "min base fee"), "min base fee"));
            case SystemConfigUpdate.DA_FOOTPRINT_GAS_SCALAR -> {
                int p = payload(d, 32, "DA footprint gas scalar");
                for (int i = p; i < p + 30; i++) {
                    if (d[i] != 0) throw new SystemConfigLogException("DA footprint gas scalar does not fit 16 bits");
                }
                yield new SystemConfigUpdate.DaFootprintGasScalar(((d[p + 30] & 0xFF) << 8) | (d[p + 31] & 0xFF));
            }
            default -> throw new SystemConfigLogException("unrecognized system config update type " + typeTopic);
        };
    }

    /** The log the SystemConfig contract emits for {@code update}. */
    public static Log encode(Address systemConfigAddress, SystemConfigUpdate update) {
        byte[] payload = switch (update) {
            case SystemConfigUpdate.Batcher b -> b.batcher().toWord();
            case SystemConfigUpdate.FeeScalars f -> Bytes.concat(f.overhead().toBytes32(), f.scalar().toBytes32());
            case SystemConfigUpdate.GasLimit g -> UInt256.valueOf(g.gasLimit()).toBytes32();
            case SystemConfigUpdate.UnsafeBlockSigner u -> new byte[32];
            case SystemConfigUpdate.Eip1559Params e -> {
                byte[] w = new byte[32];
                Bytes.writeIntBE((int) e.denominator(), w, 24);
                Bytes.writeIntBE((int) e.elasticity(), w, 28);
                yield w;
            }
            case SystemConfigUpdate.OperatorFeeParams o -> {
                byte[] w = new byte[32];
                Bytes.writeIntBE((int) o.scalar(), w, 20);
                Bytes.writeLongBE(o.constant(), w, 24);
                yield w;
            }
            case SystemConfigUpdate.MinBaseFee m -> UInt256.valueOf(m.minBaseFee()).toBytes32();
            case SystemConfigUpdate.DaFootprintGasScalar s -> UInt256.valueOf(s.scalar()).toBytes32();
        };
        byte[] data = new byte[64 + payload.length];
        data[31] = 32;
        Bytes.writeLongBE(payload.length, data, 56);
        System.arraycopy(payload, 0, data, 64, payload.length);
        return new Log(systemConfigAddress, List.of(CONFIG_UPDATE_EVENT, Hash.ZERO,
                UInt256.valueOf(update.type()).toHash()), data);
    }

    /** Checks the ABI {@code bytes} framing (offset 32, length {@code len}, no trailing bytes); returns the payload offset. */
    private static int payload(byte[] d, int len, String what) {
        if (d.length < 64) {
            throw new SystemConfigLogException(what + " update: data is " + d.length + " bytes, too short for the ABI header");
        }
        long pointer = u64(d, 0, what + " pointer");
        if (pointer != 32) throw new SystemConfigLogException(what + " update: invalid pointer field " + pointer);
        long length = u64(d, 32, what + " length");
        if (length != len) {
            throw new SystemConfigLogException(what + " update: invalid length field " + Long.toUnsignedString(length)
                    + ", expected " + len);
        }
        if (d.length < 64 + len) {
            throw new SystemConfigLogException(what + " update: data ends after " + d.length + " bytes, expected "
                    + (64 + len));
        }
        if (d.length > 64 + len) {
            throw new SystemConfigLogException(what + " update: too many bytes (" + d.length + ", expected "
                    + (64 + len) + ")");
        }
        return 64;
    }

    private static long u64(byte[] d, int off, String what) {
        for (int i = off; i < off + 24; i++) {
            if (d[i] != 0) throw new SystemConfigLogException(what + " does not fit 64 bits");
        }
        return Bytes.readLongBE(d, off + 24);
    }
}
