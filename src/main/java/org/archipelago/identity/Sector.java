package org.archipelago.identity;

/** The field a practitioner works in; courses, documents and sessions can be restricted to sectors. */
public enum Sector {
    LAW_ENFORCEMENT,
    IMMIGRATION_AND_BORDER,
    PROSECUTION_AND_JUDICIARY,
    VICTIM_SERVICES,
    LABOUR_INSPECTION,
    CIVIL_SOCIETY,
    POLICY_AND_COORDINATION,
    INTERNATIONAL_ORGANISATION;

    /** Translation key of the sector's name. */
    public String messageKey() {
        return "sector." + name();
    }
}
