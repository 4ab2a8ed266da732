package org.rendition.documents.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page as eight-bit grey pixels, one byte each, rows packed: the form Tesseract takes without
 * conversion, and small enough (a third of RGB) to turn and straighten at 300 dpi.
 */
final class GrayImage {
    private final BufferedImage image;

    private GrayImage(BufferedImage image) {
        this.image = image;
    }

    /** Any image, drawn onto white, so transparent scans and colour photographs read alike. */
    static GrayImage of(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(gray);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** The pixels, row after row; a fresh gray image's raster has no padding between rows. */
    byte[] pixels() {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** The pixels as an image (shared, not copied). */
    BufferedImage asBufferedImage() {
        return image;
    }

    /**
     * The pixels inside {@code box} (and a small margin), as PNG, scaled down to at most
     * {@link RegionImage#WIDEST} pixels wide; empty when the box lies outside the image.
     */
    java.util.Optional<RegionImage> region(PageBox box) {
        int margin = 8;
        int left = Math.max(0, box.left() - margin);
        int top = Math.max(0, box.top() - margin);
        int right = Math.min(width(), box.left() + box.width() + margin);
        int bottom = Math.min(height(), box.top() + box.height() + margin);
        if (right <= left || bottom <= top) {
            return java.util.Optional.empty();
        }
        BufferedImage crop = image.getSubimage(left, top, right - left, bottom - top);
        double scale = Math.min(1.0, RegionImage.WIDEST / (double) crop.getWidth());
        int width = Math.max(1, (int) Math.round(crop.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(crop.getHeight() * scale));
        BufferedImage shown = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = shown.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(crop, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(shown, "png", png);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty(); // in memory: only a missing PNG writer could fail
        }
        return java.util.Optional.of(new RegionImage(png.toByteArray(), width, height));
    }

    /** Turned clockwise by a multiple of 90 degrees, exactly (no resampling). */
    GrayImage turnedClockwise(int degrees) {
        int quarterTurns = Math.floorMod(degrees / 90, 4);
        if (quarterTurns == 0) {
            return this;
        }
        boolean sideways = quarterTurns % 2 == 1;
        int width = sideways ? height() : width();
        int height = sideways ? width() : height();
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.quadrantRotate(quarterTurns);
        turn.translate(-width() / 2.0, -height() / 2.0);
        return transformed(turn, width, height, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    /**
     * Rotated clockwise by a small angle about its centre, on a canvas grown to keep the corners,
     * the new margins white.
     */
    GrayImage rotatedClockwise(double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int width = (int) Math.ceil(width() * cos + height() * sin);
        int height = (int) Math.ceil(height() * cos + width() * sin);
        AffineTransform rotation = new AffineTransform();
        rotation.translate(width / 2.0, height / 2.0);
        rotation.rotate(radians);
        rotation.translate(-width() / 2.0, -height() / 2.0);
        return transformed(rotation, width, height, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private GrayImage transformed(AffineTransform transform, int width, int height, Object interpolation) {
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = result.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(result);
    }
}
