package io.quizhall.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the text of a QR code PNG the app drew, the way a phone's camera app would (ZXing). */
public final class QrCodes {

    private QrCodes() {}

    public static String read(byte[] png) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            // The image is the code itself with its quiet zone, not a photo: PURE_BARCODE reads it without
            // searching for finder patterns, which on synthetic images occasionally fails.
            return new MultiFormatReader()
                    .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true, DecodeHintType.TRY_HARDER, true))
                    .getText();
        } catch (IOException | NotFoundException e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }
}
