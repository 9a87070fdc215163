package nl.noaber.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notification texts in Dutch (default, B1 level) and English, from
 * {@code nl/noaber/notify/messages_<locale>.properties}. Placeholders are {@code {name}}; a task
 * code such as {@code SHOPPING} is shown by its {@code task.SHOPPING} text, and {@code when} (an
 * ISO instant, or {@link #ASAP}) as a local day and time and {@code day} (an ISO date) as a
 * date, in the reader's language.
 */
final class Texts {

    static final String DEFAULT_LOCALE = "nl";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private Texts() {
    }

    record Rendered(String title, String body) {
    }

    /** Value of {@code when} for help as soon as possible; any other value is an ISO instant. */
    static final String ASAP = "ASAP";

    static Rendered render(NoticeType type, Map<String, String> params, String locale, ZoneId zone) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.noaber.notify.messages", Locale.forLanguageTag(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> shown = new java.util.HashMap<>(params);
        String task = params.get("task");
        if (task != null) {
            shown.put("task", text(bundle, "task." + task, task.toLowerCase(Locale.ROOT)));
        }
        String when = params.get("when");
        if (when != null) {
            shown.put("when", when.equals(ASAP) ? bundle.getString("when.ASAP")
                    : DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.forLanguageTag(locale))
                            .format(Instant.parse(when).atZone(zone)));
        }
        String day = params.get("day");
        if (day != null) {
            shown.put("day", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(locale)).format(LocalDate.parse(day)));
        }
        return new Rendered(fill(bundle.getString(type.name() + ".title"), shown), fill(bundle.getString(type.name() + ".body"), shown));
    }

    /** Replaces each {@code {name}} by its value; an unknown name stays as it is. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
