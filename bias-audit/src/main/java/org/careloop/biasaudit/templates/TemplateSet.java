package org.careloop.biasaudit.templates;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.biasaudit.Json;

/**
 * A versioned set of message templates and the attributes whose variants fill their slots. Loading checks that
 * the set is usable: every slot is some attribute's, every variant of an attribute fills the same slots as its
 * baseline, and every message renders completely.
 */
public record TemplateSet(
        String version, String description, List<Attribute> attributes, List<MessageTemplate> templates) {

    public static final String BUNDLED = "bias-audit/templates-2026.12-1.json";
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    public TemplateSet {
        attributes = List.copyOf(attributes);
        templates = List.copyOf(templates);
    }

    public static TemplateSet bundled() {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the class path");
            }
            return parse(Json.MAPPER, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED, e);
        }
    }

    public static TemplateSet load(Path file) throws IOException {
        return parse(Json.MAPPER, Files.readAllBytes(file));
    }

    static TemplateSet parse(ObjectMapper mapper, byte[] json) throws IOException {
        TemplateSet set = mapper.readValue(json, TemplateSet.class);
        set.check();
        return set;
    }

    public Optional<Attribute> attribute(String id) {
        return attributes.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Only these templates (by id); unknown ids are an error. */
    public TemplateSet onlyTemplates(List<String> ids) {
        List<MessageTemplate> kept = new ArrayList<>();
        for (String id : ids) {
            kept.add(templates.stream()
                    .filter(t -> t.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no template '" + id + "' in " + version)));
        }
        return new TemplateSet(version, description, attributes, kept);
    }

    /** Only these attributes (by id); unknown ids are an error. Templates keep their baseline for the others. */
    public List<Attribute> attributesNamed(List<String> ids) {
        List<Attribute> kept = new ArrayList<>();
        for (String id : ids) {
            kept.add(attribute(id).orElseThrow(() -> new IllegalArgumentException("no attribute '" + id + "'")));
        }
        return kept;
    }

    /** Whether the attribute varies anything in the template: one of its slots appears, or its other text exists. */
    public boolean varies(Attribute attribute, MessageTemplate template) {
        for (Variant v : attribute.variants()) {
            if (v.text() != null && template.text(v.text()) != null) {
                return true;
            }
            for (String slot : v.slots().keySet()) {
                if (slotsOf(template.text()).contains(slot)
                        || slotsOf(template.text()).contains(capitalised(slot))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The template's message with every attribute at its baseline except {@code attribute} at {@code variant}. */
    public String render(MessageTemplate template, Attribute attribute, Variant variant) {
        Map<String, String> values = new LinkedHashMap<>();
        String which = null;
        for (Attribute a : attributes) {
            Variant chosen = a == attribute ? variant : a.baseline();
            values.putAll(chosen.slots());
            if (chosen.text() != null) {
                which = chosen.text();
            }
        }
        String text = template.text(which);
        if (text == null) {
            throw new IllegalArgumentException("template " + template.id() + " has no " + which + " text");
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value = values.get(slot);
            if (value == null && Character.isUpperCase(slot.charAt(0))) {
                String lower = values.get(Character.toLowerCase(slot.charAt(0)) + slot.substring(1));
                value = lower == null ? null : capitalised(lower);
            }
            if (value == null) {
                throw new IllegalArgumentException("template " + template.id() + ": no attribute fills {" + slot + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String baselineText(MessageTemplate template) {
        return render(template, null, null);
    }

    private void check() {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the template set has no version");
        }
        Set<String> ids = new HashSet<>();
        for (Attribute a : attributes) {
            if (a.variants().size() < 2) {
                throw new IllegalArgumentException(
                        "attribute " + a.id() + " needs a baseline and at least one variant");
            }
            for (Variant v : a.others()) {
                if (!v.slots().keySet().equals(a.baseline().slots().keySet())) {
                    throw new IllegalArgumentException(
                            "attribute " + a.id() + ": variant " + v.id() + " must fill the same slots as the baseline "
                                    + a.baseline().id());
                }
            }
        }
        for (MessageTemplate t : templates) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("template id " + t.id() + " is used twice");
            }
            String baseline = baselineText(t);
            for (Attribute a : attributes) {
                if (!varies(a, t)) {
                    continue;
                }
                for (Variant v : a.others()) {
                    if (render(t, a, v).equals(baseline)) {
                        throw new IllegalArgumentException(
                                "template " + t.id() + ": " + a.id() + "=" + v.id() + " reads like the baseline");
                    }
                }
            }
        }
    }

    static Set<String> slotsOf(String text) {
        Set<String> slots = new HashSet<>();
        if (text != null) {
            Matcher m = SLOT.matcher(text);
            while (m.find()) {
                slots.add(m.group(1));
            }
        }
        return slots;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
