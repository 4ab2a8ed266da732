package org.rendition.engine.pack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.engine.model.Architecture;
import org.rendition.text.Language;

/**
 * What a HuggingFace checkpoint folder must contain for each architecture, and what it says about
 * its languages and licence.
 */
final class CheckpointLayout {
    /** Files a pack may carry; anything else in the folder (caches, test data) is left behind. */
    static final List<String> KNOWN_FILES = List.of("config.json", "generation_config.json", "model.safetensors",
            "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "source.spm",
            "target.spm", "sentencepiece.bpe.model", "README.md", "LICENSE", "LICENSE.txt");
    private static final Pattern OPUS_NAME = Pattern.compile("opus-mt-([a-z]{2,3})-([a-z]{2,3})");
    private static final Pattern LICENSE_LINE = Pattern.compile("(?m)^license:\\s*(\\S.*)$");

    private CheckpointLayout() {
    }

    static List<String> requiredFiles(Architecture architecture) {
        return architecture == Architecture.MARIAN
                ? List.of("config.json", "model.safetensors", "source.spm", "vocab.json")
                : List.of("config.json", "model.safetensors", "tokenizer.json");
    }

    /** Source and target languages, ISO 639-1 codes, in the order the enum lists them. */
    static List<List<String>> languages(Path folder, Architecture architecture, ImportRequest request)
            throws IOException, PackImportException {
        if (architecture == Architecture.M2M100) {
            List<String> known = multilingualCodes(folder.resolve("tokenizer.json"));
            if (known.size() < 2) {
                throw new PackImportException("The tokenizer of '" + folder.getFileName()
                        + "' names fewer than two languages Rendition knows, so it cannot translate between them.");
            }
            return List.of(known, known);
        }
        Optional<Language> source = Optional.ofNullable(request.sourceLanguage());
        Optional<Language> target = Optional.ofNullable(request.targetLanguage());
        Path config = folder.resolve("tokenizer_config.json");
        if (Files.exists(config)) {
            JsonObject json = parse(config);
            source = source.or(() -> language(json, "source_lang"));
            target = target.or(() -> language(json, "target_lang"));
        }
        Matcher name = OPUS_NAME.matcher(folder.getFileName().toString().toLowerCase(Locale.ROOT));
        if (name.find()) {
            source = source.or(() -> Language.parse(name.group(1)));
            target = target.or(() -> Language.parse(name.group(2)));
        }
        if (source.isEmpty() || target.isEmpty()) {
            throw new PackImportException("Cannot tell which languages '" + folder.getFileName()
                    + "' translates between; give them.", PackImportException.Reason.LANGUAGES_UNKNOWN);
        }
        return List.of(List.of(source.get().iso1()), List.of(target.get().iso1()));
    }

    /** The {@code license:} line of a model card, if the checkpoint ships one. */
    static Optional<String> cardLicense(Path folder) throws IOException {
        Path card = folder.resolve("README.md");
        if (!Files.exists(card)) {
            return Optional.empty();
        }
        Matcher matcher = LICENSE_LINE.matcher(Files.readString(card));
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    private static List<String> multilingualCodes(Path tokenizerJson) throws IOException {
        Set<String> tokens = new HashSet<>();
        JsonObject json = parse(tokenizerJson);
        if (json.has("added_tokens")) {
            for (JsonElement token : json.getAsJsonArray("added_tokens")) {
                tokens.add(token.getAsJsonObject().get("content").getAsString());
            }
        }
        List<String> codes = new ArrayList<>();
        for (Language language : Language.values()) {
            if (tokens.contains(language.nllbCode()) || tokens.contains("__" + language.iso1() + "__")) {
                codes.add(language.iso1());
            }
        }
        return codes;
    }

    private static Optional<Language> language(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? Optional.empty() : Language.parse(value.getAsString());
    }

    private static JsonObject parse(Path file) throws IOException {
        try {
            return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not valid JSON.", e);
        }
    }
}
