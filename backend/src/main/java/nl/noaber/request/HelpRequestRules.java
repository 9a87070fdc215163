package nl.noaber.request;

import nl.noaber.InvalidInput;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.volunteer.Skill;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The rules of a new help request that span fields, roles and the clock. */
final class HelpRequestRules {

    /** Clocks of phones drift; a window that started a few minutes ago is still "now". */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(10);
    static final int DEFAULT_RIDE_LEAD_HOURS = 48;
    private static final Set<Skill> ONE_OFF_TASKS = EnumSet.of(Skill.SHOPPING, Skill.WALKING, Skill.DOG, Skill.SMALL_JOBS,
            Skill.PAPERWORK, Skill.DIGITAL_HELP, Skill.COMPANY);

    private HelpRequestRules() {
    }

    /** Which role the request is posted in: VET staff first, then mantelzorger, then resident. */
    static RequestEnums.PostedAs postedAs(NewHelpRequest body, Caller caller) {
        if (caller.has(Role.VET_STAFF) && body.onBehalf() != null) {
            return RequestEnums.PostedAs.VET_STAFF;
        }
        if (caller.has(Role.MANTELZORGER) && body.onBehalf() != null) {
            return RequestEnums.PostedAs.MANTELZORGER;
        }
        if (caller.has(Role.RESIDENT)) {
            if (body.onBehalf() != null) {
                throw new InvalidInput("onBehalf", "a resident asks for themself; mantelzorgers and VET staff ask for others");
            }
            return RequestEnums.PostedAs.RESIDENT;
        }
        throw new InvalidInput("onBehalf", "is required: say whom the help is for");
    }

    static void check(NewHelpRequest body, RequestEnums.PostedAs postedAs, Instant now, ZoneId zone, Integer rideLeadHours) {
        if (postedAs == RequestEnums.PostedAs.VET_STAFF && body.onBehalf().consent() == null) {
            throw new HelpRequestProblems.ConsentMissing();
        }
        if (body.windowStart() != null && body.windowStart().toInstant().isBefore(now.minus(CLOCK_SLACK))) {
            throw new InvalidInput("windowStart", "lies in the past");
        }
        if (body.windowEnd() != null && !body.windowEnd().toInstant().isAfter(
                body.windowStart() == null ? now : body.windowStart().toInstant())) {
            throw new InvalidInput("windowEnd", "must be after windowStart (or after now)");
        }
        checkKind(body, postedAs, now, zone, rideLeadHours);
    }

    private static void checkKind(NewHelpRequest body, RequestEnums.PostedAs postedAs, Instant now, ZoneId zone,
                                  Integer rideLeadHours) {
        InitiativeKind kind = body.kind();
        if (kind == InitiativeKind.AUTOMAATJE) {
            if (body.task() != Skill.RIDES || body.ride() == null) {
                throw new InvalidInput(body.ride() == null ? "ride" : "task", "an AUTOMAATJE request is a ride: task RIDES with a ride block");
            }
            long lead = rideLeadHours == null ? DEFAULT_RIDE_LEAD_HOURS : rideLeadHours;
            Instant earliest = now.plus(Duration.ofHours(lead));
            if (body.ride().appointmentAt().toInstant().isBefore(earliest)) {
                throw new HelpRequestProblems.RideTooSoon(earliest.atZone(zone).toOffsetDateTime().withNano(0).toString(), lead);
            }
            if (body.ride().returnPickupAt() != null && !body.ride().returnPickupAt().isAfter(body.ride().appointmentAt())) {
                throw new InvalidInput("ride.returnPickupAt", "must be after the appointment");
            }
        } else if (body.ride() != null) {
            throw new InvalidInput("ride", "is only for AUTOMAATJE requests");
        }
        if (kind == InitiativeKind.RESPIJT) {
            if (body.task() != Skill.RESPIJT || body.respijt() == null) {
                throw new InvalidInput(body.respijt() == null ? "respijt" : "task", "a RESPIJT request has task RESPIJT and a respijt block");
            }
            if (postedAs == RequestEnums.PostedAs.RESIDENT) {
                throw new InvalidInput("onBehalf", "respijt relieves a mantelzorger: say whom the volunteer sits with");
            }
            if (body.windowStart() == null || body.windowEnd() == null) {
                throw new InvalidInput(body.windowStart() == null ? "windowStart" : "windowEnd", "a respijt visit needs its time window");
            }
            if (body.respijt().recurrence() != RequestEnums.Recurrence.NONE && body.respijt().until() == null) {
                throw new InvalidInput("respijt.until", "a recurring series needs an end date");
            }
        } else if (body.respijt() != null) {
            throw new InvalidInput("respijt", "is only for RESPIJT requests");
        }
        if ((kind == InitiativeKind.GOEDE_BUREN || kind == InitiativeKind.VOORZORGCIRKEL) && !ONE_OFF_TASKS.contains(body.task())) {
            throw new InvalidInput("task", "must be one of " + ONE_OFF_TASKS + " for " + kind);
        }
    }
}
