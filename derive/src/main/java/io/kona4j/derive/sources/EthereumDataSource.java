package io.kona4j.derive.sources;

import io.kona4j.derive.ChainProvider;
import io.kona4j.primitives.Address;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.RollupConfig;

/** The L1 data source (kona {@code EthereumDataSource}): calldata before Ecotone, blobs and calldata from Ecotone. */
public final class EthereumDataSource implements DataAvailabilityProvider {
    private final RollupConfig config;
    private final CalldataSource calldata;
    private final BlobSource blobs;

    public EthereumDataSource(ChainProvider chain, BlobProvider blobProvider, RollupConfig config) {
        this.config = config;
        this.calldata = new CalldataSource(chain, config.batchInboxAddress(), config.l1ChainId());
        this.blobs = new BlobSource(chain, blobProvider, config.batchInboxAddress(), config.l1ChainId());
    }

    @Override
    public byte[] next(BlockInfo block, Address batcher) {
        return config.isEcotoneActive(block.timestamp()) ? blobs.next(block, batcher) : calldata.next(block, batcher);
    }

    @Override
    public void clear() {
        calldata.clear();
        blobs.clear();
    }
}
