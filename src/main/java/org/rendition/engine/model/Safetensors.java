package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code .safetensors} file (8-byte little-endian header length, a JSON header, then raw
 * little-endian tensor data) into NDArrays owned by the caller's manager.
 *
 * <p>The format is simple enough that a reader of our own is safer than a dependency: it is a few
 * dozen lines, and every offset is bounds-checked so a hostile file fails with a message instead of
 * reading outside the data section.
 */
public final class Safetensors {
    private static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

    private Safetensors() {
    }

    /** Loads every tensor of the file; names are the checkpoint's parameter names. */
    public static Map<String, NDArray> load(Path file, NDManager manager) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(file, channel);
            ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, header.dataStart(),
                    channel.size() - header.dataStart()).order(ByteOrder.LITTLE_ENDIAN);
            Map<String, NDArray> tensors = new LinkedHashMap<>();
            for (Map.Entry<String, JsonObject> entry : header.tensors().entrySet()) {
                tensors.put(entry.getKey(), readTensor(file, entry.getKey(), entry.getValue(), data, manager));
            }
            return tensors;
        }
    }

    /**
     * Checks the header and that every tensor lies inside the file with the size its shape and
     * type need, without reading the weights: what an import checks before accepting a file.
     */
    public static void check(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(file, channel);
            long dataLength = channel.size() - header.dataStart();
            for (Map.Entry<String, JsonObject> entry : header.tensors().entrySet()) {
                extent(file, entry.getKey(), entry.getValue(), dataLength);
            }
        }
    }

    /** Every tensor's shape, from the header alone (no weights are read), after {@link #check}'s checks. */
    public static Map<String, long[]> shapes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(file, channel);
            long dataLength = channel.size() - header.dataStart();
            Map<String, long[]> shapes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonObject> entry : header.tensors().entrySet()) {
                shapes.put(entry.getKey(), extent(file, entry.getKey(), entry.getValue(), dataLength).shape().getShape());
            }
            return shapes;
        }
    }

    private record Header(long dataStart, Map<String, JsonObject> tensors) {
    }

    private record Extent(DataType type, Shape shape, long begin, long end) {
    }

    private static Header readHeader(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, lengthBytes, 0);
        long headerLength = lengthBytes.flip().getLong();
        if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || 8 + headerLength > size) {
            throw new IOException(file.getFileName() + " is not a safetensors file (bad header length).");
        }
        ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
        readFully(channel, headerBytes, 8);
        JsonObject json;
        try {
            json = JsonParser.parseString(new String(headerBytes.array(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " has an unreadable safetensors header.", e);
        }
        Map<String, JsonObject> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!entry.getKey().equals("__metadata__")) {
                if (!entry.getValue().isJsonObject()) {
                    throw new IOException(file.getFileName() + ": tensor '" + entry.getKey() + "' is malformed.");
                }
                tensors.put(entry.getKey(), entry.getValue().getAsJsonObject());
            }
        }
        return new Header(8 + headerLength, tensors);
    }

    /** Type, shape and byte range of one tensor, bounds-checked against the data section. */
    private static Extent extent(Path file, String name, JsonObject info, long dataLength) throws IOException {
        try {
            DataType type = dataType(file, name, info.get("dtype").getAsString());
            long[] dims = info.getAsJsonArray("shape").asList().stream().mapToLong(JsonElement::getAsLong).toArray();
            Shape shape = new Shape(dims);
            long begin = info.getAsJsonArray("data_offsets").get(0).getAsLong();
            long end = info.getAsJsonArray("data_offsets").get(1).getAsLong();
            if (begin < 0 || end > dataLength || end - begin != shape.size() * type.getNumOfBytes()) {
                throw new IOException(file.getFileName() + ": tensor '" + name
                        + "' points outside the file or has the wrong size.");
            }
            return new Extent(type, shape, begin, end);
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + ": tensor '" + name + "' is malformed.", e);
        }
    }

    private static NDArray readTensor(Path file, String name, JsonObject info, ByteBuffer data,
            NDManager manager) throws IOException {
        Extent extent = extent(file, name, info, data.capacity());
        ByteBuffer slice = data.duplicate().position((int) extent.begin()).limit((int) extent.end()).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        if (extent.type() == DataType.BFLOAT16) {
            NDArray widened = manager.create(widenBf16(slice), extent.shape(), DataType.FLOAT32);
            widened.setName(name);
            return widened;
        }
        NDArray array = manager.create(slice, extent.shape(), extent.type());
        array.setName(name);
        return extent.type() == DataType.FLOAT32 ? array : toFloat32(array);
    }

    /**
     * bfloat16 values as float32 (the same number: bfloat16 is float32's upper half). Done here
     * because DJL 0.35's PyTorch JNI has no bfloat16 type: asked to create one, it ends the process.
     */
    static ByteBuffer widenBf16(ByteBuffer halves) {
        ShortBuffer from = halves.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        ByteBuffer wide = ByteBuffer.allocateDirect(from.remaining() * 4).order(ByteOrder.nativeOrder());
        IntBuffer to = wide.asIntBuffer();
        while (from.hasRemaining()) {
            to.put((from.get() & 0xffff) << 16);
        }
        return wide;
    }

    private static NDArray toFloat32(NDArray array) {
        NDArray converted = array.toType(DataType.FLOAT32, false);
        converted.setName(array.getName());
        array.close();
        return converted;
    }

    private static DataType dataType(Path file, String name, String dtype) throws IOException {
        return switch (dtype) {
            case "F32" -> DataType.FLOAT32;
            case "F16" -> DataType.FLOAT16;
            case "BF16" -> DataType.BFLOAT16;
            case "I64" -> DataType.INT64;
            default -> throw new IOException(file.getFileName() + ": tensor '" + name
                    + "' has type " + dtype + ", which Rendition cannot load.");
        };
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("Unexpected end of file.");
            }
            at += read;
        }
    }
}
