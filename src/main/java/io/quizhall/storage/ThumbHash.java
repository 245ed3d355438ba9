package io.quizhall.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A ThumbHash encoder, written from Evan Wallace's description of the format: a tiny (about 25 bytes) summary of
 * an image from which a client draws a blurred placeholder, with the image's average colour, aspect ratio and
 * alpha. The image is turned into luminance (L), yellow–blue (P), red–green (Q) and alpha (A) channels after being
 * composited over its own average colour; each channel is summarised by its low-frequency DCT coefficients (the
 * DC term plus a triangle of AC terms, more of them for L), quantised into a small header and 4-bit AC values.
 *
 * <p>Layout: 24 header bits (L DC 6, P DC 6, Q DC 6, L scale 5, has-alpha 1), 16 more (the L coefficient count of
 * the shorter side 3, P scale 6, Q scale 6, is-landscape 1), then with alpha one byte (A DC 4, A scale 4), then the
 * AC coefficients of L, P, Q (and A), two per byte, low nibble first.
 */
final class ThumbHash {

    /** Inputs larger than this are slower to encode and no better; callers scale images down first. */
    static final int MAX_SIDE = 100;

    private ThumbHash() {}

    /**
     * Encodes {@code width × height} pixels given as {@code 0xAARRGGBB} values, row by row (what
     * {@code BufferedImage.getRGB} returns; not premultiplied).
     */
    static byte[] encode(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || argb.length != width * height) {
            throw new IllegalArgumentException("ThumbHash takes images of at most 100 × 100 pixels");
        }
        int pixels = width * height;

        // The average colour, weighted by alpha.
        double avgR = 0, avgG = 0, avgB = 0, avgA = 0;
        for (int pixel : argb) {
            double alpha = ((pixel >>> 24) & 0xFF) / 255.0;
            avgR += alpha / 255.0 * ((pixel >>> 16) & 0xFF);
            avgG += alpha / 255.0 * ((pixel >>> 8) & 0xFF);
            avgB += alpha / 255.0 * (pixel & 0xFF);
            avgA += alpha;
        }
        if (avgA > 0) {
            avgR /= avgA;
            avgG /= avgA;
            avgB /= avgA;
        }

        boolean hasAlpha = avgA < pixels;
        int lLimit = hasAlpha ? 5 : 7; // alpha takes room, so luminance gets fewer coefficients
        int longer = Math.max(width, height);
        int lx = Math.max(1, (int) Math.round((double) lLimit * width / longer));
        int ly = Math.max(1, (int) Math.round((double) lLimit * height / longer));

        // RGBA → LPQA, composited over the average colour so transparent areas carry no stray colour.
        double[] l = new double[pixels];
        double[] p = new double[pixels];
        double[] q = new double[pixels];
        double[] a = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            int pixel = argb[i];
            double alpha = ((pixel >>> 24) & 0xFF) / 255.0;
            double r = avgR * (1 - alpha) + alpha / 255.0 * ((pixel >>> 16) & 0xFF);
            double g = avgG * (1 - alpha) + alpha / 255.0 * ((pixel >>> 8) & 0xFF);
            double b = avgB * (1 - alpha) + alpha / 255.0 * (pixel & 0xFF);
            l[i] = (r + g + b) / 3;
            p[i] = (r + g) / 2 - b;
            q[i] = r - g;
            a[i] = alpha;
        }

        Channel lChannel = Channel.encode(l, width, height, Math.max(3, lx), Math.max(3, ly));
        Channel pChannel = Channel.encode(p, width, height, 3, 3);
        Channel qChannel = Channel.encode(q, width, height, 3, 3);
        Channel aChannel = hasAlpha ? Channel.encode(a, width, height, 5, 5) : null;

        boolean landscape = width > height;
        long header24 = Math.round(63 * lChannel.dc)
                | Math.round(31.5 + 31.5 * pChannel.dc) << 6
                | Math.round(31.5 + 31.5 * qChannel.dc) << 12
                | Math.round(31 * lChannel.scale) << 18
                | (hasAlpha ? 1L : 0L) << 23;
        long header16 = (landscape ? ly : lx)
                | Math.round(63 * pChannel.scale) << 3
                | Math.round(63 * qChannel.scale) << 9
                | (landscape ? 1L : 0L) << 15;

        List<double[]> acs = new ArrayList<>(List.of(lChannel.ac, pChannel.ac, qChannel.ac));
        if (aChannel != null) {
            acs.add(aChannel.ac);
        }
        int acCount = acs.stream().mapToInt(ac -> ac.length).sum();
        int acStart = hasAlpha ? 6 : 5;
        byte[] hash = new byte[acStart + (acCount + 1) / 2];
        hash[0] = (byte) header24;
        hash[1] = (byte) (header24 >> 8);
        hash[2] = (byte) (header24 >> 16);
        hash[3] = (byte) header16;
        hash[4] = (byte) (header16 >> 8);
        if (aChannel != null) {
            hash[5] = (byte) (Math.round(15 * aChannel.dc) | Math.round(15 * aChannel.scale) << 4);
        }
        int index = 0;
        for (double[] ac : acs) {
            for (double f : ac) {
                hash[acStart + (index >> 1)] |= (byte) (Math.round(15 * f) << ((index & 1) << 2));
                index++;
            }
        }
        return hash;
    }

    /**
     * One channel's DCT summary: the DC term, the AC terms normalised into [0, 1] (0.5 is zero), and the scale
     * that undoes the normalisation. Coefficients (cx, cy) are kept where {@code cx·ny < nx·(ny − cy)}: a triangle
     * of the lowest frequencies.
     */
    private record Channel(double dc, double[] ac, double scale) {

        static Channel encode(double[] channel, int width, int height, int nx, int ny) {
            double dc = 0;
            double scale = 0;
            List<Double> ac = new ArrayList<>();
            double[] fx = new double[width];
            for (int cy = 0; cy < ny; cy++) {
                for (int cx = 0; cx * ny < nx * (ny - cy); cx++) {
                    for (int x = 0; x < width; x++) {
                        fx[x] = Math.cos(Math.PI / width * cx * (x + 0.5));
                    }
                    double f = 0;
                    for (int y = 0; y < height; y++) {
                        double fy = Math.cos(Math.PI / height * cy * (y + 0.5));
                        for (int x = 0; x < width; x++) {
                            f += channel[x + y * width] * fx[x] * fy;
                        }
                    }
                    f /= (double) width * height;
                    if (cx > 0 || cy > 0) {
                        ac.add(f);
                        scale = Math.max(scale, Math.abs(f));
                    } else {
                        dc = f;
                    }
                }
            }
            double[] normalised = new double[ac.size()];
            for (int i = 0; i < normalised.length; i++) {
                normalised[i] = scale > 0 ? 0.5 + 0.5 / scale * ac.get(i) : ac.get(i);
            }
            return new Channel(dc, normalised, scale);
        }
    }
}
