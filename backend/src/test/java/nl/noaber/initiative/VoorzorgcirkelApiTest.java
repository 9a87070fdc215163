package nl.noaber.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class VoorzorgcirkelApiTest {

    @Inject
    Api api;

    @Test
    void neighboursJoinByCodeAndSeeOnlyFirstNameAndStreet() {
        String starter = login("bewoner1", "deventer");
        Api.Response started = api.post("/voorzorgcirkels", starter,
                Map.of("name", "Cirkel Knutteldorp", "firstName", "Anna", "street", "Knutteldorp"));
        assertEquals(201, started.status(), started.raw());
        String code = started.json().get("inviteCode").asText();
        long id = started.json().get("id").asLong();

        Api.Response joined = api.post("/voorzorgcirkels/memberships", login("vrijwilliger1", "deventer"),
                Map.of("inviteCode", code.toLowerCase(), "firstName", "Kees", "street", "Brink"));
        assertEquals(201, joined.status(), joined.raw());
        JsonNode view = joined.json();
        assertNull(view.get("inviteCode"), "only verbinders see the code");
        assertEquals(2, view.get("memberCount").asInt());
        assertFalse(view.get("formed").asBoolean(), "a circle forms at five");
        JsonNode anna = view.get("members").get(0);
        assertEquals(List.of("memberId", "firstName", "street", "verbinder"), fieldNames(anna));
        assertEquals("Anna", anna.get("firstName").asText());

        assertEquals(404, api.get("/voorzorgcirkels/" + id, login("bewoner2", "deventer")).status(), "outsiders see nothing");
        assertEquals(404, api.post("/voorzorgcirkels/memberships", login("bewoner1", "enschede"),
                Map.of("inviteCode", code, "firstName", "Piet", "street", "Oude Markt")).status(), "codes work in their gemeente only");
    }

    @Test
    void theOnlyVerbinderAppointsAnotherBeforeLeaving() {
        String starter = login("mantelzorger", "deventer");
        Api.Response started = api.post("/voorzorgcirkels", starter,
                Map.of("name", "Cirkel Rode Dorp", "firstName", "Mien", "street", "Rode Dorp"));
        long id = started.json().get("id").asLong();
        String neighbour = login("buur", "deventer");
        JsonNode joined = api.post("/voorzorgcirkels/memberships", neighbour,
                Map.of("inviteCode", started.json().get("inviteCode").asText(), "firstName", "Gerrit", "street", "Rode Dorp")).json();
        long gerrit = joined.get("members").get(1).get("memberId").asLong();

        assertEquals(403, api.post("/voorzorgcirkels/" + id + "/invite-code", neighbour, Map.of()).status());
        assertEquals(409, api.send("DELETE", "/voorzorgcirkels/" + id + "/members/me", starter, null, null).status());

        Api.Response appointed = api.put("/voorzorgcirkels/" + id + "/members/" + gerrit + "/verbinder", starter, Map.of("verbinder", true));
        assertEquals(200, appointed.status(), appointed.raw());
        assertEquals(204, api.send("DELETE", "/voorzorgcirkels/" + id + "/members/me", starter, null, null).status());
        JsonNode after = api.get("/voorzorgcirkels/" + id, neighbour).json();
        assertEquals(1, after.get("memberCount").asInt());
        assertEquals(10, after.get("inviteCode").asText().length(), "the new verbinder sees the code");
    }

    @Test
    void aCircleHoldsAtMostTwentyMembers() {
        Api.Response started = api.post("/voorzorgcirkels", login("vrijwilliger2", "deventer"),
                Map.of("name", "Volle cirkel", "firstName", "Wim", "street", "Hoge Hondstraat"));
        String code = started.json().get("inviteCode").asText();
        for (int i = 1; i <= 20; i++) {
            String email = "buur" + i + ".vol@example.org";
            api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email, "password", "samen-sterk",
                    "displayName", "Buur " + i, "roles", List.of("RESIDENT")));
            Api.Response join = api.post("/voorzorgcirkels/memberships", api.login(email, "samen-sterk"),
                    Map.of("inviteCode", code, "firstName", "Buur" + i, "street", "Hoge Hondstraat"));
            assertEquals(i < 20 ? 201 : 409, join.status(), "member " + (i + 1));
        }
    }

    private String login(String who, String town) {
        return api.login(Demo.email(who, town), Demo.PASSWORD);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
