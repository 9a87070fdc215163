package nl.noaber.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;

/** The gemeenten (tenants) Noaber serves. */
@Singleton
public class GemeenteService {

    private final GemeenteRepository gemeenten;

    GemeenteService(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** All served gemeenten, by CBS code. */
    @ReadOnly
    public List<GemeenteView> all() {
        return gemeenten.findAllOrderByCode().stream()
                .map(g -> new GemeenteView(g.code(), g.name()))
                .toList();
    }

    /** The gemeenten that border this one (reference data, migration V19). */
    @ReadOnly
    public List<String> neighboursOf(String code) {
        return gemeenten.findNeighboursOf(code);
    }

    @ReadOnly
    public boolean serves(String code) {
        return gemeenten.existsByCode(code);
    }
}
