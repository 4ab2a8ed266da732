package org.rendition.engine.pack;

/** A model pack whose files do not match its manifest; the message names the file. */
public final class PackDamagedException extends Exception {
    private final String packName;
    private final String fileName;

    public PackDamagedException(String packName, String fileName, String problem) {
        super("Model pack '" + packName + "' is damaged: " + fileName + " " + problem
                + ". Re-import it from the original media.");
        this.packName = packName;
        this.fileName = fileName;
    }

    public String packName() {
        return packName;
    }

    /** The first file found not to match. */
    public String fileName() {
        return fileName;
    }
}
