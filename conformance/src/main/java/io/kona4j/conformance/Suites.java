package io.kona4j.conformance;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The registry of suites, filled from {@code META-INF/services/io.kona4j.conformance.Suite}. */
public final class Suites {
    private Suites() {}

    public static Map<String, Suite> all() {
        Map<String, Suite> suites = new TreeMap<>();
        for (Suite s : ServiceLoader.load(Suite.class)) suites.put(s.name(), s);
        return suites;
    }

    public static Suite get(String name) {
        Suite s = all().get(name);
        if (s == null) throw new IllegalArgumentException("no conformance suite named '" + name + "'; known: " + all().keySet());
        return s;
    }
}
