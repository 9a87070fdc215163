package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.notify.Notice;
import nl.noaber.notify.NoticeType;
import nl.noaber.notify.Notifications;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestEnums;

import java.util.List;
import java.util.Map;

/** What volunteers hear about their offers: a new one, and — silently — one that closed. */
@Singleton
class OfferNotices {

    private final Notifications notifications;

    OfferNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** "Can you help?": urgent requests may break quiet hours; no use after the answer time. */
    void offered(Offer offer, MatchableRequest request) {
        notifications.send(new Notice(offer.gemeente(), offer.volunteerId(), NoticeType.OFFER_NEW,
                Map.of("offerId", offer.id().toString(), "requestId", Long.toString(request.id()), "task", request.task().name(),
                        "when", Notice.when(request.neededBy())),
                request.urgency() == RequestEnums.Urgency.URGENT, offer.answerBy(), null));
    }

    /** The offers were taken by another, withdrawn or cancelled: the app removes them. */
    void closed(List<Offer> offers) {
        for (Offer o : offers) {
            notifications.send(Notice.of(o.gemeente(), o.volunteerId(), NoticeType.OFFER_CLOSED,
                    Map.of("offerId", o.id().toString(), "requestId", Long.toString(o.requestId()))));
        }
    }
}
