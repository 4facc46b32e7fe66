package org.slakit.core.message;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Thrown when the values given to a {@link CheckInTemplate} do not fit its placeholders: some
 * placeholders have no usable value (absent, {@code null} or blank), or some values are for names
 * that are not placeholders of the template. The exception names all of them at once, such as
 * {@code "Check-in template not rendered: missing values for {resolution}, {outcome} (blank);
 * unexpected values for {resolutoin}; the template's placeholders are {resolution}, {outcome}"}.
 *
 * <p>This class is immutable and thread-safe (the stack trace aside, as for every exception).
 */
public final class TemplateValuesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Set<String> missing;
    private final Set<String> unexpected;

    TemplateValuesException(Set<String> missing, List<String> missingDetails, Set<String> unexpected,
            Set<String> placeholders) {
        super(message(missingDetails, unexpected, placeholders));
        this.missing = Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        this.unexpected = Collections.unmodifiableSet(new TreeSet<>(unexpected));
    }

    private static String message(List<String> missingDetails, Set<String> unexpected, Set<String> placeholders) {
        StringBuilder sb = new StringBuilder("Check-in template not rendered: ");
        if (!missingDetails.isEmpty()) {
            sb.append("missing values for ").append(String.join(", ", missingDetails)).append("; ");
        }
        if (!unexpected.isEmpty()) {
            sb.append("unexpected values for ")
                    .append(unexpected.stream().map(k -> "{" + k + "}").collect(Collectors.joining(", ")))
                    .append("; ");
        }
        if (placeholders.isEmpty()) {
            sb.append("the template has no placeholders");
        } else {
            sb.append("the template's placeholders are ")
                    .append(placeholders.stream().map(k -> "{" + k + "}").collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    /**
     * @return the placeholders without a usable value (absent, null or blank), in the order of
     *         their first use in the template; unmodifiable
     */
    public Set<String> missing() {
        return missing;
    }

    /** @return the keys that are not placeholders of the template, sorted; unmodifiable */
    public Set<String> unexpected() {
        return unexpected;
    }
}
