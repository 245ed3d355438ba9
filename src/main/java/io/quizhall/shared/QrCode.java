package io.quizhall.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** QR codes of the links the app hands out (a game's join URL, an activity's share link), as black-on-white PNG. */
public final class QrCode {

    /** Pixels per QR module: sharp when scaled by whole factors, about 300 pixels wide for a short URL. */
    private static final int MODULE_PIXELS = 8;

    /** The standard quiet zone around a QR code, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {}

    public static byte[] png(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE));
        } catch (WriterException e) {
            // Only texts beyond a QR code's capacity (about 2 KB) fail; our links are far shorter.
            throw new IllegalStateException("Cannot encode a QR code for a link", e);
        }
        int size = matrix.getWidth() * MODULE_PIXELS;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, size, size);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    graphics.fillRect(x * MODULE_PIXELS, y * MODULE_PIXELS, MODULE_PIXELS, MODULE_PIXELS);
                }
            }
        }
        graphics.dispose();
        return Png.encode(image);
    }
}
