package io.quizhall.storage;

/**
 * The other half of the ThumbHash format, written from the same description as {@link ThumbHash}, for tests: it
 * reads the header back and renders the placeholder a client would show. The web client's own decoder (dom.js) is
 * checked against it in {@code web.ThumbHashBrowserTests}.
 */
public final class ThumbHashDecoder {

    private ThumbHashDecoder() {}

    record Header(
            double lDc,
            double pDc,
            double qDc,
            double lScale,
            boolean hasAlpha,
            double pScale,
            double qScale,
            boolean landscape,
            int lx,
            int ly,
            double aDc,
            double aScale) {}

    static Header header(byte[] hash) {
        int header24 = (hash[0] & 0xFF) | (hash[1] & 0xFF) << 8 | (hash[2] & 0xFF) << 16;
        int header16 = (hash[3] & 0xFF) | (hash[4] & 0xFF) << 8;
        boolean hasAlpha = (header24 >> 23) != 0;
        boolean landscape = (header16 >> 15) != 0;
        int shortSide = header16 & 7;
        int longSide = hasAlpha ? 5 : 7;
        return new Header(
                (header24 & 63) / 63.0,
                ((header24 >> 6) & 63) / 31.5 - 1,
                ((header24 >> 12) & 63) / 31.5 - 1,
                ((header24 >> 18) & 31) / 31.0,
                hasAlpha,
                ((header16 >> 3) & 63) / 63.0,
                ((header16 >> 9) & 63) / 63.0,
                landscape,
                Math.max(3, landscape ? longSide : shortSide),
                Math.max(3, landscape ? shortSide : longSide),
                hasAlpha ? (hash[5] & 15) / 15.0 : 1,
                hasAlpha ? ((hash[5] >> 4) & 15) / 15.0 : 0);
    }

    /** Width over height, as far as the coefficient counts tell it. */
    static double aspectRatio(byte[] hash) {
        Header header = header(hash);
        int shortSide = hash[3] & 7;
        int longSide = header.hasAlpha() ? 5 : 7;
        return header.landscape() ? (double) longSide / shortSide : (double) shortSide / longSide;
    }

    /** The average colour as 0xAARRGGBB: the DC terms converted back from LPQ. */
    static int averageArgb(byte[] hash) {
        Header h = header(hash);
        return argb(h.lDc(), h.pDc(), h.qDc(), h.aDc());
    }

    /** The placeholder image (at most 32 pixels on the longer side) as 0xAARRGGBB pixels, row by row. */
    public static int[] render(byte[] hash, int[] size) {
        Header h = header(hash);
        int acStart = h.hasAlpha() ? 6 : 5;
        int[] index = {0};
        double[] lAc = channel(hash, acStart, index, h.lx(), h.ly(), h.lScale());
        double[] pAc = channel(hash, acStart, index, 3, 3, h.pScale() * 1.25);
        double[] qAc = channel(hash, acStart, index, 3, 3, h.qScale() * 1.25);
        double[] aAc = h.hasAlpha() ? channel(hash, acStart, index, 5, 5, h.aScale()) : new double[0];
        double ratio = aspectRatio(hash);
        int w = (int) Math.round(ratio > 1 ? 32 : 32 * ratio);
        int height = (int) Math.round(ratio > 1 ? 32 / ratio : 32);
        size[0] = w;
        size[1] = height;
        int[] pixels = new int[w * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < w; x++) {
                double l = h.lDc(), p = h.pDc(), q = h.qDc(), a = h.aDc();
                l += sum(lAc, h.lx(), h.ly(), x, y, w, height);
                double[] pq = {0, 0};
                int j = 0;
                for (int cy = 0; cy < 3; cy++) {
                    for (int cx = cy > 0 ? 0 : 1; cx < 3 - cy; cx++, j++) {
                        double f = cos(x, cx, w) * cos(y, cy, height) * 2;
                        pq[0] += pAc[j] * f;
                        pq[1] += qAc[j] * f;
                    }
                }
                p += pq[0];
                q += pq[1];
                if (h.hasAlpha()) {
                    a += sum(aAc, 5, 5, x, y, w, height);
                }
                pixels[y * w + x] = argb(l, p, q, a);
            }
        }
        return pixels;
    }

    private static double sum(double[] ac, int nx, int ny, int x, int y, int w, int h) {
        double total = 0;
        int j = 0;
        for (int cy = 0; cy < ny; cy++) {
            for (int cx = cy > 0 ? 0 : 1; cx * ny < nx * (ny - cy); cx++, j++) {
                total += ac[j] * cos(x, cx, w) * cos(y, cy, h) * 2;
            }
        }
        return total;
    }

    private static double cos(int position, int frequency, int length) {
        return Math.cos(Math.PI / length * (position + 0.5) * frequency);
    }

    private static double[] channel(byte[] hash, int start, int[] index, int nx, int ny, double scale) {
        var values = new java.util.ArrayList<Double>();
        for (int cy = 0; cy < ny; cy++) {
            for (int cx = cy > 0 ? 0 : 1; cx * ny < nx * (ny - cy); cx++) {
                int i = index[0]++;
                int nibble = (hash[start + (i >> 1)] >> ((i & 1) << 2)) & 15;
                values.add((nibble / 7.5 - 1) * scale);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int argb(double l, double p, double q, double a) {
        double b = l - 2.0 / 3 * p;
        double r = (3 * l - b + q) / 2;
        double g = r - q;
        return clamp(a) << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(double value) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, value)));
    }
}
