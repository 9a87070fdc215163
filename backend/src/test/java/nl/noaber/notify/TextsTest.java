package nl.noaber.notify;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void anOfferReadsInPlainDutchWithTheTaskAndLocalTime() {
        Texts.Rendered text = Texts.render(NoticeType.OFFER_NEW, Map.of("task", "DOG", "when", "2026-11-24T13:00:00Z"), "nl", AMSTERDAM);

        assertEquals("Kunt u helpen?", text.title());
        assertEquals("Iemand in de buurt vraagt hulp: hond uitlaten, dinsdag 24 november, 14:00. Kijk in de app of het u lukt.",
                text.body());
    }

    @Test
    void everyTypeHasATitleAndBodyInBothLanguages() {
        for (NoticeType type : NoticeType.values()) {
            for (String locale : new String[] {"nl", "en"}) {
                Texts.Rendered text = Texts.render(type, Map.of("task", "RIDES", "when", Texts.ASAP, "day", "2026-12-01"), locale,
                        AMSTERDAM);
                assertEquals(false, text.title().contains("{") || text.body().contains("{"), type + " " + locale + ": " + text);
            }
        }
    }
}
