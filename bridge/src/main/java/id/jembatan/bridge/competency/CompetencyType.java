package id.jembatan.bridge.competency;

/** The three competency types of ASN development (teknis, manajerial, sosial kultural), as the ledger spells them. */
enum CompetencyType {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL
}
