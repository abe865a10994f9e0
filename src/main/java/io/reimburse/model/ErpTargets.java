package io.reimburse.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ERP files a run writes (parameter ErpTargets): among the formats Dynamics 365 ({@code d365}, the
 * loose entity files, the default), its data packages ({@code d365-package}), Oracle Fusion Payables
 * ({@code oracle-fbdi}) and Odoo ({@code odoo}), and files an integrator describes in a template
 * ({@code template:NAME}, read into {@link OutputTemplate}). The neutral files are always written:
 * {@code neutral} may be listed, and changes nothing.
 */
public record ErpTargets(Set<Format> formats, List<String> templateNames, List<OutputTemplate> templates) {

    /** An ERP file format this tool knows. */
    public enum Format {
        D365("d365"), D365_PACKAGE("d365-package"), ORACLE_FBDI("oracle-fbdi"), ODOO("odoo");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final String TEMPLATE = "template:";
    private static final String NEUTRAL = "neutral";

    public static final ErpTargets DEFAULT = new ErpTargets(EnumSet.of(Format.D365), List.of(), List.of());

    public ErpTargets {
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        templateNames = List.copyOf(templateNames);
        templates = List.copyOf(templates);
    }

    /**
     * The targets a comma list names, case ignored: {@code d365, odoo, template:xero-bills}.
     *
     * @throws IllegalArgumentException naming what is not a target
     */
    public static ErpTargets parse(String written) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        List<String> templates = new ArrayList<>();
        for (String part : written.split(",")) {
            String target = part.strip();
            String code = target.toLowerCase(Locale.ROOT);
            if (code.startsWith(TEMPLATE)) {
                String name = target.substring(TEMPLATE.length()).strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("'" + target + "' names no template: write template:NAME");
                }
                if (!templates.contains(name)) {
                    templates.add(name);
                }
            } else if (!code.isEmpty() && !code.equals(NEUTRAL)) {
                formats.add(format(target));
            }
        }
        return new ErpTargets(formats, templates, List.of());
    }

    private static Format format(String target) {
        for (Format format : Format.values()) {
            if (format.code.equalsIgnoreCase(target)) {
                return format;
            }
        }
        List<String> known = new ArrayList<>();
        for (Format format : Format.values()) {
            known.add(format.code);
        }
        known.add("template:NAME");
        known.add(NEUTRAL);
        throw new IllegalArgumentException("'" + target + "' is not an ERP target; targets are " + known);
    }

    public boolean has(Format format) {
        return formats.contains(format);
    }

    /** The same targets with their templates read. */
    public ErpTargets withTemplates(List<OutputTemplate> read) {
        return new ErpTargets(formats, templateNames, read);
    }

    /** The targets as the manifest shows them: the formats in their order, then the templates. */
    public String text() {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                parts.put(format.code, true);
            }
        }
        templateNames.forEach(name -> parts.put(TEMPLATE + name, true));
        parts.put(NEUTRAL, true);
        return String.join(",", parts.keySet());
    }
}
