package nl.noaber.bench;

import nl.noaber.bench.SyntheticPopulation.Place;
import nl.noaber.initiative.InitiativeKind;
import org.postgresql.copy.CopyManager;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Voorzorgcirkels in the tables the matching reads (voorzorgcirkel, cirkel_member: CircleNeighbours):
 * a resident and 3–8 volunteers who live within {@link #RADIUS_METERS} of them, those who offer
 * VOORZORGCIRKEL first, else Goede Buren. The nearest such volunteer started the circle and is its
 * verbinder. Where too few volunteers live near, the circle is not formed, as in life. Each start
 * and join is logged as the service logs it (cirkel.started, cirkel.joined).
 */
final class SyntheticCircles {

    /** About one resident in fifty is at the heart of a circle. */
    static final double CIRCLE_SHARE = 0.02;
    /** The VOORZORGCIRKEL initiative's default radius: a circle is a street or two. */
    static final double RADIUS_METERS = InitiativeKind.VOORZORGCIRKEL.defaults().radiusMeters();
    static final int MIN_VOLUNTEERS = 3, MAX_VOLUNTEERS = 8;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";   // the service's: no 0/O, 1/I
    private static final int STREAM = 3;

    /** One circle: the resident (index), its volunteers (indexes into the homes) and the day it started. */
    record Circle(long id, int resident, int[] volunteers, long startedDay) {
    }

    private final List<Circle> circles;
    /** Per resident: the index of their circle in {@link #circles}, or -1. */
    private final int[] circleOf;

    private SyntheticCircles(List<Circle> circles, int[] circleOf) {
        this.circles = circles;
        this.circleOf = circleOf;
    }

    List<Circle> all() {
        return circles;
    }

    Circle ofResident(int resident) {
        return circleOf[resident] < 0 ? null : circles.get(circleOf[resident]);
    }

    static SyntheticCircles write(PopulationPlan plan, SyntheticResidents residents, VolunteerHomes volunteers,
                                  SyntheticInitiatives initiatives, CopyManager copy, long firstCirkelId, ActivityEventCopy events,
                                  RowCounts counts) {
        SplittableRandom random = plan.stream(STREAM);
        TableCopy cirkels = new TableCopy(copy, "voorzorgcirkel", "id, gemeente, initiative_id, name, invite_code, created_by, created_at");
        TableCopy members = new TableCopy(copy, "cirkel_member", "cirkel_id, gemeente, account_id, verbinder, first_name, street, joined_at")
                .referring(cirkels);
        List<Circle> circles = new ArrayList<>();
        int[] circleOf = new int[residents.size()];
        Arrays.fill(circleOf, -1);
        long fromDay = plan.from().toEpochDay();
        int spanDays = (int) (plan.until().toEpochDay() - fromDay);
        Progress progress = new Progress("voorzorgcirkels (residents considered)", residents.size());
        for (int r = 0; r < residents.size(); r++) {
            progress.at(r + 1, cirkels.rows() + members.rows());
            if (random.nextDouble() >= CIRCLE_SHARE) {
                continue;
            }
            Place home = residents.homes[r];
            // Circles form over the first half of the history; a volunteer joins only once they have joined Noaber.
            long day = fromDay + random.nextInt(Math.max(1, spanDays / 2));
            int wanted = MIN_VOLUNTEERS + random.nextInt(MAX_VOLUNTEERS - MIN_VOLUNTEERS + 1);
            int[] chosen = nearby(volunteers, home, day, wanted);
            if (chosen.length < MIN_VOLUNTEERS) {
                continue;
            }
            long id = firstCirkelId + circles.size();
            long initiative = initiatives.of(home.gemeente()).initiative(InitiativeKind.VOORZORGCIRKEL);
            Instant started = plan.from().plusDays(day - fromDay).atTime(LocalTime.of(19, 30)).atZone(PopulationPlan.AMSTERDAM).toInstant();
            long verbinder = volunteers.ids[chosen[0]];
            cirkels.col(id).col(home.gemeente()).col(initiative).col("Cirkel " + home.wijk() + " " + id).col(inviteCode(id))
                    .col(verbinder).col(started).endRow();
            events.cirkel(home.gemeente(), "cirkel.started", initiative, verbinder, started);
            for (int k = 0; k < chosen.length; k++) {
                Instant joined = started.plusSeconds(3_600L * 24 * k);
                member(members, id, home.gemeente(), volunteers.ids[chosen[k]], k == 0, joined);
                if (k > 0) {
                    events.cirkel(home.gemeente(), "cirkel.joined", initiative, volunteers.ids[chosen[k]], joined);
                }
            }
            Instant residentJoined = started.plusSeconds(3_600L * 24 * chosen.length);
            member(members, id, home.gemeente(), residents.ids[r], false, residentJoined);
            events.cirkel(home.gemeente(), "cirkel.joined", initiative, residents.ids[r], residentJoined);
            circleOf[r] = circles.size();
            circles.add(new Circle(id, r, chosen, day));
        }
        cirkels.flush();
        members.flush();
        counts.add(cirkels);
        counts.add(members);
        return new SyntheticCircles(circles, circleOf);
    }

    /** Up to {@code wanted} volunteers near the home: VOORZORGCIRKEL volunteers first, then Goede Buren. */
    private static int[] nearby(VolunteerHomes volunteers, Place home, long day, int wanted) {
        List<Integer> chosen = new ArrayList<>();
        for (int capability : new int[] {VolunteerHomes.VOORZORGCIRKEL, VolunteerHomes.GOEDE_BUUR}) {
            int n = volunteers.nearest(home.x(), home.y(), RADIUS_METERS, capability, day, wanted);
            for (int k = 0; k < n && chosen.size() < wanted; k++) {
                if (!chosen.contains(volunteers.found(k))) {
                    chosen.add(volunteers.found(k));
                }
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void member(TableCopy members, long cirkel, String gemeente, long account, boolean verbinder, Instant joined) {
        members.col(cirkel).col(gemeente).col(account).col(verbinder).col("Buur" + account).col("Straat " + (account % 400 + 1))
                .col(joined).endRow();
    }

    /** A unique code in the service's alphabet: the circle id in base 32. */
    private static String inviteCode(long id) {
        char[] code = new char[10];
        long rest = id;
        for (int i = code.length - 1; i >= 0; i--) {
            code[i] = CODE_ALPHABET.charAt((int) (rest % CODE_ALPHABET.length()));
            rest /= CODE_ALPHABET.length();
        }
        return new String(code);
    }
}
