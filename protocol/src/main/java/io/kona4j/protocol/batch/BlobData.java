package io.kona4j.protocol.batch;

import java.util.Arrays;

/**
 * The version-0 blob data encoding (PROTOCOL.md §1.3, op-node {@code blob.go}): 4096 field elements of 32 bytes
 * carry up to 130,044 bytes; each round of 4 field elements holds 4×31 bytes plus 4 six-bit chunks that reassemble
 * into 3 more bytes. Field element 0 starts with {@code chunk ‖ version ‖ uint24 length}.
 */
public final class BlobData {
    public static final int BLOB_SIZE = 4096 * 32;
    public static final int ENCODING_VERSION = 0;
    public static final int MAX_BLOB_DATA_SIZE = (4 * 31 + 3) * 1024 - 4;
    private static final int ROUNDS = 1024;

    private BlobData() {}

    /** Decodes a blob; throws {@link BlobException} for a wrong size, version, length, field element or padding. */
    public static byte[] decode(byte[] blob) {
        if (blob.length != BLOB_SIZE) throw new BlobException("a blob is " + BLOB_SIZE + " bytes, got " + blob.length);
        if (blob[1] != ENCODING_VERSION) {
            throw new BlobException(String.format("blob encoding version 0x%02x, only 0x00 is known", blob[1] & 0xff));
        }
        int len = ((blob[2] & 0xff) << 16) | ((blob[3] & 0xff) << 8) | (blob[4] & 0xff);
        if (len > MAX_BLOB_DATA_SIZE) {
            throw new BlobException("blob declares " + String.format("%,d", len) + " bytes, over the "
                    + String.format("%,d", MAX_BLOB_DATA_SIZE) + " limit");
        }
        byte[] out = new byte[MAX_BLOB_DATA_SIZE];
        System.arraycopy(blob, 5, out, 0, 27);
        int[] pos = {28, 32};
        int[] e = new int[4];
        e[0] = blob[0] & 0xff;
        for (int i = 1; i < 4; i++) e[i] = field(blob, pos, out);
        pos[0] = reassemble(pos[0], e, out);
        for (int round = 1; round < ROUNDS && pos[0] < len; round++) {
            for (int j = 0; j < 4; j++) e[j] = field(blob, pos, out);
            pos[0] = reassemble(pos[0], e, out);
        }
        for (int i = len; i < out.length; i++) {
            if (out[i] != 0) throw new BlobException("blob data byte " + i + " past the declared length " + len + " is not zero");
        }
        for (int i = pos[1]; i < BLOB_SIZE; i++) {
            if (blob[i] != 0) throw new BlobException("blob byte " + i + " past the last used field element is not zero");
        }
        return Arrays.copyOf(out, len);
    }

    private static int field(byte[] blob, int[] pos, byte[] out) {
        int ipos = pos[1];
        int b = blob[ipos] & 0xff;
        if ((b & 0xC0) != 0) {
            throw new BlobException("field element " + (ipos / 32) + " has its top two bits set (byte 0x"
                    + Integer.toHexString(b) + ")");
        }
        System.arraycopy(blob, ipos + 1, out, pos[0], 31);
        pos[0] += 32;
        pos[1] += 32;
        return b;
    }

    private static int reassemble(int opos, int[] e, byte[] out) {
        opos--;
        out[opos - 96] = (byte) ((e[0] & 0x3F) | ((e[1] & 0x30) << 2));
        out[opos - 64] = (byte) ((e[1] & 0x0F) | ((e[3] & 0x0F) << 4));
        out[opos - 32] = (byte) ((e[2] & 0x3F) | ((e[3] & 0x30) << 2));
        return opos;
    }

    /** Encodes up to 130,044 bytes into a blob, as op-node's {@code FromData}. */
    public static byte[] encode(byte[] data) {
        if (data.length > MAX_BLOB_DATA_SIZE) {
            throw new BlobException("blob data of " + String.format("%,d", data.length) + " bytes is over the "
                    + String.format("%,d", MAX_BLOB_DATA_SIZE) + " limit");
        }
        byte[] blob = new byte[BLOB_SIZE];
        Encoder enc = new Encoder(data, blob);
        for (int round = 0; round < ROUNDS && enc.read < data.length; round++) {
            if (round == 0) {
                enc.buf31[0] = ENCODING_VERSION;
                enc.buf31[1] = (byte) (data.length >>> 16);
                enc.buf31[2] = (byte) (data.length >>> 8);
                enc.buf31[3] = (byte) data.length;
                int n = Math.min(27, data.length);
                Arrays.fill(enc.buf31, 4, 31, (byte) 0);
                System.arraycopy(data, 0, enc.buf31, 4, n);
                enc.read = n;
            } else {
                enc.read31();
            }
            int x = enc.read1();
            enc.write1(x & 0x3F);
            enc.write31();
            enc.read31();
            int y = enc.read1();
            enc.write1((y & 0x0F) | ((x & 0xC0) >>> 2));
            enc.write31();
            enc.read31();
            int z = enc.read1();
            enc.write1(z & 0x3F);
            enc.write31();
            enc.read31();
            enc.write1(((z & 0xC0) >>> 2) | ((y & 0xF0) >>> 4));
            enc.write31();
        }
        return blob;
    }

    private static final class Encoder {
        final byte[] data;
        final byte[] blob;
        final byte[] buf31 = new byte[31];
        int read;
        int write;

        Encoder(byte[] data, byte[] blob) {
            this.data = data;
            this.blob = blob;
        }

        int read1() {
            return read < data.length ? data[read++] & 0xff : 0;
        }

        void read31() {
            int n = Math.max(0, Math.min(31, data.length - read));
            System.arraycopy(data, read, buf31, 0, n);
            Arrays.fill(buf31, n, 31, (byte) 0);
            read += n;
        }

        void write1(int v) {
            blob[write++] = (byte) v;
        }

        void write31() {
            System.arraycopy(buf31, 0, blob, write, 31);
            write += 31;
        }
    }
}
