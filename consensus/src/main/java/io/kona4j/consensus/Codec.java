package io.kona4j.consensus;

import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpReader;
import io.kona4j.primitives.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** RLP helpers shared by the codecs of this package. */
final class Codec {
    private Codec() {}

    /** Decodes one whole item with {@code reader}, turning the primitives' errors into {@link ConsensusException}. */
    static <T> T decode(String what, byte[] data, Function<RlpReader, T> reader) {
        if (data == null) throw new ConsensusException(what + ": no input");
        try {
            RlpReader r = RlpReader.of(data);
            T value = reader.apply(r);
            r.ensureDone();
            return value;
        } catch (PrimitivesException e) {
            throw new ConsensusException("malformed " + what + ": " + e.getMessage(), e);
        }
    }

    static UInt256 readUInt256(RlpReader r) {
        return UInt256.fromBytes(r.readUInt256Bytes());
    }

    static void writeUInt256(RlpWriter w, UInt256 v) {
        w.writeBytes(v.toMinimalBytes());
    }

    static List<Hash> readHashes(RlpReader r) {
        RlpReader l = r.readList();
        List<Hash> out = new ArrayList<>();
        while (l.hasNext()) out.add(l.readHash());
        return out;
    }

    static void writeHashes(RlpWriter w, List<Hash> hashes) {
        w.startList();
        for (Hash h : hashes) w.writeHash(h);
        w.endList();
    }

    static List<AccessListEntry> readAccessList(RlpReader r) {
        RlpReader l = r.readList();
        List<AccessListEntry> out = new ArrayList<>();
        while (l.hasNext()) {
            RlpReader e = l.readList();
            AccessListEntry entry = new AccessListEntry(e.readAddress(), readHashes(e));
            e.ensureDone();
            out.add(entry);
        }
        return out;
    }

    static void writeAccessList(RlpWriter w, List<AccessListEntry> list) {
        w.startList();
        for (AccessListEntry e : list) {
            w.startList().writeAddress(e.address());
            writeHashes(w, e.storageKeys());
            w.endList();
        }
        w.endList();
    }
}
