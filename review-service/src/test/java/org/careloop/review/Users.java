package org.careloop.review;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** The demo users of the realm, as the test mechanism sees them. */
public final class Users {

    private static final Map<String, String> USERS = Map.of(
            "alice", "alice;sub-alice;Alice Moreno;patient",
            "bob", "bob;sub-bob;Bob Tanaka;patient",
            "carter", "carter;sub-carter;Maya Carter;clinician",
            "lee", "lee;sub-lee;Jordan Lee;clinician,senior-clinician",
            "park", "park;sub-park;Sam Park;clinician,senior-clinician",
            "oncall", "oncall;sub-oncall;Robin Okafor;clinician,on-call",
            "nameless", "nameless;sub-nameless;;clinician",
            "root-admin", "root-admin;sub-root;Root Admin;admin",
            "sofia", "sofia;sub-sofia;Sofia Reyes;safety-officer");

    private Users() {}

    public static RequestSpecification as(String username) {
        return given().header(TestUserMechanism.HEADER, USERS.get(username)).contentType(ContentType.JSON);
    }
}
