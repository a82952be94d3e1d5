package dk.boligmonitor.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dk.boligmonitor.format.Messages;

/** The 98 municipalities and their regions (DAWA's list), shipped with the application. */
public final class Municipalities {

    private final Map<Integer, Municipality> byCode = new LinkedHashMap<>();

    private Municipalities() {
    }

    public static Municipalities load() {
        Municipalities municipalities = new Municipalities();
        try (InputStream in = Municipalities.class.getResourceAsStream("/reference/kommuner.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(";");
                Municipality m = new Municipality(Integer.parseInt(cells[0]), cells[1],
                        Integer.parseInt(cells[2]), cells[3]);
                municipalities.byCode.put(m.code(), m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("config.municipalities.unreadable"), e);
        }
        return municipalities;
    }

    public Optional<Municipality> byCode(int code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }
}
