package nl.noaber.stats;

import nl.noaber.activity.ReachFact;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** The facts of one period × wijk × kind; a fact that is absent is zero (the log leaves zeros out). */
final class FactCell {

    private final Map<String, BigDecimal> values = new TreeMap<>();
    private final Map<String, Map<String, BigDecimal>> byTask = new TreeMap<>();
    private final FactCell wholeGemeente;
    private final boolean coverageComputed;

    /**
     * @param wholeGemeente    the gemeente cell of the same period and kind; null: this is it
     * @param coverageComputed whether the Goede Buren coverage exists for this period and kind
     */
    FactCell(FactCell wholeGemeente, boolean coverageComputed) {
        this.wholeGemeente = wholeGemeente == null ? this : wholeGemeente;
        this.coverageComputed = coverageComputed;
    }

    FactCell wholeGemeente() {
        return wholeGemeente;
    }

    boolean coverageComputed() {
        return coverageComputed;
    }

    void add(ReachFact fact) {
        if (fact.detail().isEmpty()) {
            values.put(fact.fact(), fact.value());
        } else {
            byTask.computeIfAbsent(fact.fact(), f -> new TreeMap<>()).put(fact.detail(), fact.value());
        }
    }

    BigDecimal get(String fact) {
        return values.getOrDefault(fact, BigDecimal.ZERO);
    }

    /** A fact that has no zero, such as a median: null when absent. */
    BigDecimal orNull(String fact) {
        return values.get(fact);
    }

    Map<String, BigDecimal> byTask(String fact) {
        return byTask.getOrDefault(fact, Map.of());
    }
}
