package dk.boligmonitor.ingest;

import java.time.LocalDate;

/**
 * The move-outs a file has given so far, so a row repeating one is rejected. A national list has millions of
 * rows; a map of their keys as text would need a few hundred bytes a row, so each key is kept as a 64-bit
 * fingerprint of estate, tenancy and date in open-addressed arrays, twelve bytes a row. Two different move-outs
 * share a fingerprint with a chance of about n²/2⁶⁵ (one in ten million for a file of two million rows); the
 * later would then be rejected as a duplicate, kept with its reason among the rejected rows.
 */
final class SeenMoveouts {

    private static final int FIRST_CAPACITY = 1 << 12;

    private long[] fingerprints = new long[FIRST_CAPACITY];
    private int[] rows = new int[FIRST_CAPACITY];
    private int size;

    /** The row that already gave this move-out, or 0 when it is new (and now remembered as {@code rowNo}'s). */
    int putIfAbsent(String estate, String tenancy, LocalDate date, int rowNo) {
        if (2 * (size + 1) > fingerprints.length) {
            grow();
        }
        long fingerprint = fingerprint(estate, tenancy, date);
        int mask = fingerprints.length - 1;
        for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
            if (fingerprints[slot] == 0) {
                fingerprints[slot] = fingerprint;
                rows[slot] = rowNo;
                size++;
                return 0;
            }
            if (fingerprints[slot] == fingerprint) {
                return rows[slot];
            }
        }
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldRows = rows;
        fingerprints = new long[oldFingerprints.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = fingerprints.length - 1;
        for (int i = 0; i < oldFingerprints.length; i++) {
            if (oldFingerprints[i] != 0) {
                int slot = (int) oldFingerprints[i] & mask;
                while (fingerprints[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                fingerprints[slot] = oldFingerprints[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** FNV-1a over the key's characters, then MurmurHash3's finaliser to spread the bits; never 0 (the empty slot). */
    static long fingerprint(String estate, String tenancy, LocalDate date) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, estate);
        hash = mix(hash, tenancy);
        hash = (hash ^ date.toEpochDay()) * 0x100000001b3L;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        // a separator, so ("ab", "c") and ("a", "bc") differ
        return (hash ^ 0x1F) * 0x100000001b3L;
    }
}
