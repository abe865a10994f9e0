package io.reimburse.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter with its value in force, in the order of the parameters' table of definitions
 * (each value per currency after its parameter): the manifest and the register keep them by name,
 * the report shows them as the user wrote them.
 */
public record UsedParameters(List<UsedParameter> list) {

    public UsedParameters {
        list = List.copyOf(list);
    }

    /** Parameters known by their values only (written under their English names, none a default). */
    public static UsedParameters of(Map<String, String> values) {
        List<UsedParameter> list = new ArrayList<>();
        values.forEach((name, value) -> list.add(new UsedParameter(name, name, name, value, UsedParameter.Kind.TEXT,
                false)));
        return new UsedParameters(list);
    }

    /** Each parameter's English name and value in force. */
    public Map<String, String> byName() {
        Map<String, String> values = new LinkedHashMap<>();
        list.forEach(parameter -> values.put(parameter.name(), parameter.value()));
        return Collections.unmodifiableMap(values);
    }

    /** The same with one value changed, by the run rather than the table; added when it was not listed. */
    public UsedParameters with(String name, String value, boolean isDefault) {
        List<UsedParameter> changed = new ArrayList<>(list);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equals(name)) {
                changed.set(i, changed.get(i).withValue(value, isDefault));
                return new UsedParameters(changed);
            }
        }
        changed.add(new UsedParameter(name, name, "", value, UsedParameter.Kind.TEXT, isDefault));
        return new UsedParameters(changed);
    }
}
