package io.quizhall.account;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.FileFormats;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.Png;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.SecureTokens;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Avatars: PNG, JPEG or WebP of at most 25,000 bytes (the schema's limit), the type decided by the content and the
 * whole file checked by the same inspector as every upload ({@link FileFormats}). Users without one get a generated
 * picture, the same for the same user every time.
 */
@Service
class AvatarService {

    static final int MAX_BYTES = 25_000;
    static final int MAX_SIDE = 1024;
    private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/webp");

    private final UserRepository users;

    AvatarService(UserRepository users) {
        this.users = users;
    }

    record Avatar(byte[] bytes, String mediaType) {}

    @Transactional
    void upload(UUID userId, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "An avatar may have at most " + MAX_BYTES + " bytes.",
                    Map.of("maxBytes", MAX_BYTES));
        }
        var content = new ByteArrayResource(bytes);
        String type = FileFormats.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "An avatar must be a PNG, JPEG or WebP image.");
        }
        FileFormats.Shape shape;
        try {
            // The whole file, as for any upload: an image with HTML or anything else after its end is refused.
            shape = FileFormats.check(type, content.getInputStream());
        } catch (FileFormats.MalformedFileException | EOFException e) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The image is damaged or not only a " + type + " (other data mixed in).");
        }
        Integer width = shape.width();
        Integer height = shape.height();
        if (width == null || height == null || width > MAX_SIDE || height > MAX_SIDE) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "An avatar may be at most " + MAX_SIDE + " × " + MAX_SIDE + " pixels.",
                    Map.of("maxSide", MAX_SIDE));
        }
        users.findById(userId).orElseThrow().changeAvatar(bytes);
    }

    @Transactional
    void remove(UUID userId) {
        users.findById(userId).orElseThrow().changeAvatar(null);
    }

    @Transactional(readOnly = true)
    Avatar avatarOf(UUID userId) {
        User user = users.findById(userId).orElseThrow(() -> NotFoundException.forId("user", userId));
        byte[] stored = user.avatar();
        if (stored != null) {
            try {
                return new Avatar(stored, FileFormats.detect(new ByteArrayResource(stored)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Avatar(generated(userId), "image/png");
    }

    /** A symmetric 5 × 5 pattern in a colour derived from the user id. */
    static byte[] generated(UUID userId) {
        byte[] seed = SecureTokens.sha256(userId.toString());
        var colour = Color.getHSBColor((seed[0] & 0xff) / 255f, 0.55f, 0.75f);
        int cell = 24;
        int margin = 12;
        int side = cell * 5 + margin * 2;
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xF2, 0xF2, 0xF2));
        graphics.fillRect(0, 0, side, side);
        graphics.setColor(colour);
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 3; column++) {
                if ((seed[1 + row * 3 + column] & 1) == 1) {
                    graphics.fillRect(margin + column * cell, margin + row * cell, cell, cell);
                    graphics.fillRect(margin + (4 - column) * cell, margin + row * cell, cell, cell);
                }
            }
        }
        graphics.dispose();
        return Png.encode(image);
    }
}
