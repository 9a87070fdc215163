package nl.noaber.support;

/** The demo population the test contexts load (see README). */
public final class Demo {

    public static final String PASSWORD = "noaber-demo";
    public static final String DEVENTER = "GM0150";
    public static final String ENSCHEDE = "GM0153";

    private Demo() {
    }

    public static String email(String who, String town) {
        return who + "." + town + "@demo.noaber.nl";
    }
}
