package nl.noaber.privacy;

import io.micronaut.core.order.OrderUtil;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AVG rights of a person over their own data: a full export and erasure. */
@Singleton
class PersonalData {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    private final List<PersonalDataSection> sections;
    private final PersonalDataReads reads;
    private final Clock clock;

    PersonalData(List<PersonalDataSection> sections, PersonalDataReads reads, Clock clock) {
        List<PersonalDataSection> ordered = new ArrayList<>(sections);
        OrderUtil.sort(ordered);
        this.sections = List.copyOf(ordered);
        this.reads = reads;
        this.clock = clock;
    }

    @ReadOnly
    PersonalDataExport export(Caller person) {
        Map<String, Object> all = new LinkedHashMap<>();
        sections.forEach(s -> all.put(s.name(), s.export(person.accountId())));
        return new PersonalDataExport(person.accountId(), clock.instant().atZone(clock.getZone()).toOffsetDateTime(),
                all, reads.about(person.accountId()));
    }

    /**
     * Erasure is anonymisation: every section forgets the person in one transaction, so a crash
     * halfway leaves the account as it was, never half-erased.
     */
    @Transactional
    void erase(Caller person) {
        sections.forEach(s -> s.erase(person));
        LOG.info("Account {} erased on request of its owner", person.accountId());
    }
}
