package dk.boligmonitor.sampledata;

/**
 * Every place that appears in the sample files, with the spelling each source uses for it. The sources name the
 * same place differently (DST "Skælskør", LBF "Skælskør (Parkvej/Præstevangen)", police "Parkvej/Præstevangen"),
 * and the importers must map those spellings, so the names are kept exactly as the real extracts write them.
 */
enum Place {
    MOTALAVEJ(Kind.PROGRAMME_AREA, "Motalavej", "Motalavej", "Motalavej", "Motalavej", 1_400, 0.000),
    SKAELSKOER(Kind.PROGRAMME_AREA, "Skælskør", "Skælskør", "Skælskør (Parkvej/Præstevangen)",
            "Parkvej/Præstevangen", 600, -0.002),
    SYDBYEN(Kind.PROGRAMME_AREA, "Sydbyen", "Sydbyen", "Sydbyen", "Sydbyen", 1_500, 0.002),
    RINGPARKEN(Kind.PROGRAMME_AREA, "Ringparken og Schackenborgvænge", "Ringparken og Schackenborgvænge",
            "Ringparken/Schackenborgvænge", "Ringparken", 2_000, 0.001),
    VAEREBRO_PARK(Kind.PARTNERSHIP_AREA, "Værebro Park", "Værebro Park", "Værebro Park", "Værebro Park",
            2_500, 0.003),
    HEDEPARKEN(Kind.PARTNERSHIP_AREA, "Hedeparken", "Hedeparken", "Hedeparken", "Hedeparken", 1_300, 0.000),
    ELEMENTPARKEN(Kind.PARTNERSHIP_AREA, "Elementparken", "Elementparken", "Elementparken", "Elementparken",
            1_100, 0.002),
    SLAGELSE(Kind.MUNICIPALITY, "Slagelse", "330", "Slagelse Kommune", "Slagelse Kommune", 78_000, 0.0025),
    GLADSAXE(Kind.MUNICIPALITY, "Gladsaxe", "159", "Gladsaxe Kommune", "Gladsaxe Kommune", 69_000, 0.008),
    BALLERUP(Kind.MUNICIPALITY, "Ballerup", "151", "Ballerup Kommune", "Ballerup Kommune", 48_000, 0.002),
    HERLEV(Kind.MUNICIPALITY, "Herlev", "163", "Herlev Kommune", "Herlev Kommune", 29_000, 0.009),
    COUNTRY(Kind.COUNTRY, "Hele landet", "000", "Hele landet", "Hele landet", 5_780_000, 0.004);

    enum Kind { PROGRAMME_AREA, PARTNERSHIP_AREA, MUNICIPALITY, COUNTRY }

    final Kind kind;
    /** OMRÅDE in the DST text presentation (crime file). */
    final String dstName;
    /** OMRÅDE in the school file: code presentation for municipalities and the country, text for areas. */
    final String dstSchoolLabel;
    final String lbfName;
    final String policeName;
    /** Residents in 2017, the year the programme's baselines refer to. */
    final int residents2017;
    /** Yearly relative change in residents around 2017. */
    final double growth;

    Place(Kind kind, String dstName, String dstSchoolLabel, String lbfName, String policeName,
          int residents2017, double growth) {
        this.kind = kind;
        this.dstName = dstName;
        this.dstSchoolLabel = dstSchoolLabel;
        this.lbfName = lbfName;
        this.policeName = policeName;
        this.residents2017 = residents2017;
        this.growth = growth;
    }

    boolean isArea() {
        return kind == Kind.PROGRAMME_AREA || kind == Kind.PARTNERSHIP_AREA;
    }

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2021;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
}
