package io.kona4j.host.single;

import io.kona4j.preimage.FpvmFileDescriptor;
import io.kona4j.preimage.HintWriter;
import io.kona4j.preimage.OracleReader;
import io.kona4j.preimage.StreamChannel;
import io.kona4j.proof.client.ClientResult;
import io.kona4j.proof.client.SingleChainClient;

/** Test child: the real client program on the FPVM fds 3–6 its parent wired; exits with the client's code. */
public final class ClientOnFdsMain {
    private ClientOnFdsMain() {}

    public static void main(String[] args) {
        StreamChannel hints = FpvmFileDescriptor.openHintChannel();
        StreamChannel preimages = FpvmFileDescriptor.openPreimageChannel();
        ClientResult r = SingleChainClient.run(new OracleReader(preimages), new HintWriter(hints));
        hints.close();
        preimages.close();
        System.out.println(r.verdict() + " " + r.detail());
        System.exit(r.exitCode());
    }
}
