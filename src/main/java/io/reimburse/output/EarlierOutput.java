package io.reimburse.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** An output folder an earlier run wrote, as its manifest tells: the only kind of folder --force replaces. */
public final class EarlierOutput {

    private EarlierOutput() {
    }

    /**
     * The files of an earlier run's output in {@code folder}: its manifest and the outputs the
     * manifest lists. Empty when the folder holds no manifest written by this tool.
     */
    public static Optional<Set<String>> files(Path folder) {
        Path manifest = folder.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try (JsonParser json = new JsonFactory().createParser(manifest.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String tool = null;
            Set<String> files = new TreeSet<>(Set.of(Manifest.FILE));
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "tool" -> tool = json.getText();
                    case "outputs" -> readOutputs(json, files);
                    default -> json.skipChildren();
                }
            }
            return "reimburse".equals(tool) ? Optional.of(files) : Optional.empty();
        } catch (IOException e) { // not JSON, or unreadable: not an output this tool can vouch for
            return Optional.empty();
        }
    }

    /** {@code "outputs": [{"file": ..., "sha256": ..., "rows": ...}, ...]}. */
    private static void readOutputs(JsonParser json, Set<String> files) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("file")) {
                    files.add(json.getText());
                } else {
                    json.skipChildren();
                }
            }
        }
    }
}
