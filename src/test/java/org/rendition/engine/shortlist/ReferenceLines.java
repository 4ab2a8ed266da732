package org.rendition.engine.shortlist;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rendition.SharedData;
import org.rendition.engine.decode.GenerationSettings;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.Seq2SeqModel;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/** A tiny reference checkpoint loaded with its reference lines grouped by target language. */
record ReferenceLines(String name, Seq2SeqModel model, SubwordTokenizer tokenizer, GenerationSettings settings,
        Map<String, List<JsonObject>> byTarget) implements AutoCloseable {

    static ReferenceLines load(String name) throws IOException {
        Path folder = SharedData.model(name);
        ModelConfig config = ModelConfig.read(folder.resolve("config.json"));
        SubwordTokenizer tokenizer = SubwordTokenizer.load(folder, config.architecture());
        Map<String, List<JsonObject>> byTarget = new TreeMap<>();
        for (String json : Files.readAllLines(folder.resolve("reference.jsonl"))) {
            if (!json.isBlank()) {
                JsonObject line = JsonParser.parseString(json).getAsJsonObject();
                String target = line.has("tgt_lang") ? line.get("tgt_lang").getAsString() : "";
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(line);
            }
        }
        return new ReferenceLines(name, Seq2SeqModel.load(folder, config), tokenizer, GenerationSettings.read(folder),
                byTarget);
    }

    /** The settings for one target group (NLLB forces the target language first). */
    GenerationSettings settingsFor(String target) {
        return target.isEmpty() ? settings
                : settings.withForcedBos(tokenizer.targetLanguageToken(Language.require(target)).getAsInt());
    }

    List<int[]> inputs(List<JsonObject> lines) {
        return lines.stream().map(r -> tokenizer.encode(r.get("source").getAsString(), r.has("src_lang")
                ? Language.require(r.get("src_lang").getAsString()) : Language.CHINESE)).toList();
    }

    static int[] ids(JsonObject line, String mode) {
        JsonArray array = line.getAsJsonObject(mode).getAsJsonArray("ids");
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).getAsInt();
        }
        return ids;
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }
}
