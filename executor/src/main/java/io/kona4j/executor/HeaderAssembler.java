package io.kona4j.executor;

import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.RollupConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals an executed block into its header, fork by fork (PROTOCOL.md §2.6; Kona's {@code builder/assemble.rs}):
 * <ul>
 *   <li>empty ommers, difficulty 0, nonce 0, {@code mixHash = prevRandao}, beneficiary = the fee recipient;
 *   <li>{@code transactionsRoot} over the raw EIP-2718 envelopes; {@code receiptsRoot} over the receipts with the
 *       Regolith-to-Canyon quirk (deposit nonce left out before Canyon, {@link Receipt#encodeForReceiptsRoot()});
 *   <li>{@code withdrawalsRoot}: absent before Canyon, the empty root from Canyon, the L2ToL1MessagePasser storage
 *       root from Isthmus;
 *   <li>Ecotone: {@code blobGasUsed} 0 (Jovian: the DA footprint), {@code excessBlobGas} 0, the parent beacon root;
 *   <li>Isthmus: {@code requestsHash} = sha256 of nothing;
 *   <li>extraData: empty before Holocene, then Holocene's or Jovian's encoding of the attributes' parameters.
 * </ul>
 */
public final class HeaderAssembler {
    /** sha256(""): the Prague requests hash of a block without requests. */
    public static final Hash EMPTY_REQUESTS_HASH =
            Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    private HeaderAssembler() {}

    /** What execution produced, for sealing. */
    public record Executed(Hash stateRoot, List<Receipt> receipts, long gasUsed, long daFootprint,
                           Hash messagePasserStorageRoot) {}

    public static Header assemble(RollupConfig config, Header parent, Hash parentHash, OpPayloadAttributes attrs,
                                  UInt256 baseFee, byte[] extraData, Executed out) {
        long t = attrs.timestamp();
        List<byte[]> receiptBytes = new ArrayList<>(out.receipts().size());
        List<Bloom> blooms = new ArrayList<>(out.receipts().size());
        for (Receipt r : out.receipts()) {
            receiptBytes.add(r.encodeForReceiptsRoot());
            blooms.add(r.logsBloom());
        }
        Header.Builder b = Header.builder()
                .parentHash(parentHash)
                .ommersHash(Hash.EMPTY_OMMERS_HASH)
                .beneficiary(attrs.suggestedFeeRecipient())
                .stateRoot(out.stateRoot())
                .transactionsRoot(OrderedListTrie.root(attrs.transactions()))
                .receiptsRoot(OrderedListTrie.root(receiptBytes))
                .logsBloom(Bloom.union(blooms))
                .difficulty(UInt256.ZERO)
                .number(parent.number() + 1)
                .gasLimit(attrs.gasLimit())
                .gasUsed(out.gasUsed())
                .timestamp(t)
                .extraData(extraData)
                .mixHash(attrs.prevRandao())
                .nonce(0)
                .baseFeePerGas(baseFee);
        if (config.isIsthmusActive(t)) b.withdrawalsRoot(out.messagePasserStorageRoot());
        else if (config.isCanyonActive(t)) b.withdrawalsRoot(Hash.EMPTY_TRIE_ROOT);
        if (config.isEcotoneActive(t)) {
            if (attrs.parentBeaconBlockRoot() == null) {
                throw new InvalidBlockException("payload attributes lack the parent beacon block root required from Ecotone");
            }
            b.blobGasUsed(config.isJovianActive(t) ? out.daFootprint() : 0L)
                    .excessBlobGas(0L)
                    .parentBeaconBlockRoot(attrs.parentBeaconBlockRoot());
        }
        if (config.isIsthmusActive(t)) b.requestsHash(EMPTY_REQUESTS_HASH);
        return b.build();
    }
}
