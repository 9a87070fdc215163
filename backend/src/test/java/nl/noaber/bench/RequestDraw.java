package nl.noaber.bench;

import nl.noaber.bench.SyntheticPopulation.Place;
import nl.noaber.initiative.InitiativeKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Draws who asks for what, where and when. The kinds of initiative are mixed (assumed shares, not
 * measured ones): Goede Buren most (58 %), AutoMaatje rides (22 %, to a destination in the same
 * gemeente, booked at least the policy's lead time ahead), voorzorgcirkel requests from circle
 * residents (12 %; Goede Buren when the circle drawn had not started yet) and respijt asked by
 * mantelzorgers for the person they care for (8 %). A few residents ask often and most rarely (the
 * requester is drawn with density falling linearly over the residents); one Goede Buren or ride
 * request in sixteen is posted by VET staff for a resident without a phone.
 */
final class RequestDraw {

    private static final String[] NEIGHBOUR_TASKS = {"SHOPPING", "SHOPPING", "SHOPPING", "SMALL_JOBS", "SMALL_JOBS", "DIGITAL_HELP",
            "DIGITAL_HELP", "COMPANY", "COMPANY", "WALKING", "PAPERWORK", "DOG"};
    private static final String[] CIRCLE_TASKS = {"SHOPPING", "COMPANY", "SMALL_JOBS", "WALKING"};
    private static final double VET_SHARE = 1.0 / 16;

    private final SyntheticPopulation population;
    private final SyntheticResidents residents;
    private final int[] mantelzorgers;
    private final SyntheticCircles circles;
    private final SyntheticInitiatives initiatives;
    private final RequestRhythm rhythm;

    RequestDraw(SyntheticPopulation population, SyntheticResidents residents, SyntheticCircles circles,
                SyntheticInitiatives initiatives, RequestRhythm rhythm) {
        this.population = population;
        this.residents = residents;
        this.mantelzorgers = residents.mantelzorgers();
        this.circles = circles;
        this.initiatives = initiatives;
        this.rhythm = rhythm;
    }

    RequestDraft next(long id, SplittableRandom random) {
        LocalDateTime local = rhythm.next(random);
        Instant posted = local.atZone(PopulationPlan.AMSTERDAM).toInstant();
        double k = random.nextDouble();
        if (k < 0.08 && mantelzorgers.length > 0) {
            return respijt(id, posted, random);
        }
        if (k < 0.20) {
            SyntheticCircles.Circle circle = circles.all().isEmpty() ? null : circles.all().get(random.nextInt(circles.all().size()));
            if (circle != null && circle.startedDay() <= local.toLocalDate().toEpochDay()) {
                return oneOff(id, InitiativeKind.VOORZORGCIRKEL, CIRCLE_TASKS[random.nextInt(CIRCLE_TASKS.length)], circle.resident(),
                        circle, posted, random);
            }
        }
        int resident = (int) (residents.size() * (1 - Math.sqrt(random.nextDouble())));
        if (k >= 0.20 && k < 0.42) {
            return ride(id, resident, posted, random);
        }
        return oneOff(id, InitiativeKind.GOEDE_BUREN, NEIGHBOUR_TASKS[random.nextInt(NEIGHBOUR_TASKS.length)], resident, null, posted,
                random);
    }

    private RequestDraft oneOff(long id, InitiativeKind kind, String task, int resident, SyntheticCircles.Circle circle, Instant posted,
                                SplittableRandom random) {
        double u = random.nextDouble();
        String urgency = u < 0.10 ? "URGENT" : u < 0.65 ? "NORMAL" : "PLANNED";
        long leadMinutes = switch (urgency) {
            case "URGENT" -> random.nextInt(3 * 60);
            case "NORMAL" -> 3 * 60 + random.nextInt(3 * 24 * 60);
            default -> 3 * 24 * 60 + random.nextInt(11 * 24 * 60);
        };
        Instant start = quarter(posted.plus(Duration.ofMinutes(leadMinutes)));
        Instant end = start.plus(Duration.ofMinutes(120 + 15L * random.nextInt(17)));
        return onBehalfMaybe(new RequestDraft(id, kind, task, initiative(resident, kind), residents.ids[resident], "RESIDENT", null,
                residents.homes[resident], urgency, posted, start, end, null, null, null, null, circle), resident, circle == null, random);
    }

    private RequestDraft ride(long id, int resident, Instant posted, SplittableRandom random) {
        Place home = residents.homes[resident];
        Place destination = population.place(random);
        while (!destination.gemeente().equals(home.gemeente())) {
            destination = population.place(random);
        }
        int leadHours = SyntheticInitiatives.policy(InitiativeKind.AUTOMAATJE).rideLeadTimeHours();
        ZonedDateTime earliest = posted.plus(Duration.ofHours(leadHours)).atZone(PopulationPlan.AMSTERDAM);
        ZonedDateTime appointment = earliest.toLocalDate().plusDays(1 + random.nextInt(14))
                .atTime(LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(33))).atZone(PopulationPlan.AMSTERDAM);
        Instant returnPickup = random.nextDouble() < 0.6 ? appointment.toInstant().plus(Duration.ofMinutes(60 + 15L * random.nextInt(9))) : null;
        String urgency = random.nextDouble() < 0.8 ? "PLANNED" : "NORMAL";
        return onBehalfMaybe(new RequestDraft(id, InitiativeKind.AUTOMAATJE, "RIDES", initiative(resident, InitiativeKind.AUTOMAATJE),
                residents.ids[resident], "RESIDENT", null, home, urgency, posted, null, null, destination, appointment.toInstant(),
                returnPickup, null, null), resident, true, random);
    }

    private RequestDraft respijt(long id, Instant posted, SplittableRandom random) {
        int resident = mantelzorgers[random.nextInt(mantelzorgers.length)];
        ZonedDateTime start = posted.atZone(PopulationPlan.AMSTERDAM).toLocalDate().plusDays(2 + random.nextInt(9))
                .atTime(LocalTime.of(9 + random.nextInt(6), 0)).atZone(PopulationPlan.AMSTERDAM);
        Instant end = start.toInstant().plus(Duration.ofMinutes(180 + 30L * random.nextInt(3)));
        double u = random.nextDouble();
        String recurrence = u < 0.75 ? "NONE" : u < 0.95 ? "WEEKLY" : "FORTNIGHTLY";
        return new RequestDraft(id, InitiativeKind.RESPIJT, "RESPIJT", initiative(resident, InitiativeKind.RESPIJT),
                residents.ids[resident], "MANTELZORGER", "Naaste van " + residents.ids[resident], residents.homes[resident], "PLANNED",
                posted, start.toInstant(), end, null, null, null, recurrence, null);
    }

    /** VET staff post some requests for residents without a phone; those residents are known by name only. */
    private RequestDraft onBehalfMaybe(RequestDraft d, int resident, boolean allowed, SplittableRandom random) {
        if (!allowed || random.nextDouble() >= VET_SHARE) {
            return d;
        }
        long[] vets = initiatives.of(d.place().gemeente()).vetStaffIds();
        return new RequestDraft(d.id(), d.kind(), d.task(), d.initiativeId(), vets[random.nextInt(vets.length)], "VET_STAFF",
                "Buurtbewoner " + residents.ids[resident], d.place(), d.urgency(), d.postedAt(), d.windowStart(), d.windowEnd(),
                d.destination(), d.appointmentAt(), d.returnPickupAt(), d.recurrence(), d.circle());
    }

    private long initiative(int resident, InitiativeKind kind) {
        return initiatives.of(residents.homes[resident].gemeente()).initiative(kind);
    }

    /** Windows start on the quarter hour, as the app offers them. */
    private static Instant quarter(Instant at) {
        long quarter = 15 * 60;
        return Instant.ofEpochSecond((at.getEpochSecond() + quarter - 1) / quarter * quarter);
    }
}
