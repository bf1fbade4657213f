package org.careloop.policy.deid;

/**
 * HIPAA Safe Harbor identifier types found in patient messages. The placeholder prefix is the name:
 * {@code [NAME_1]}, {@code [DATE_2]}...
 */
public enum EntityType {
    NAME,
    ADDRESS,
    CITY,
    ZIP,
    DATE,
    AGE_90_PLUS,
    PHONE,
    FAX,
    EMAIL,
    SSN,
    MRN,
    HEALTH_PLAN,
    ACCOUNT,
    LICENSE,
    DEVICE,
    VEHICLE,
    URL,
    IP_ADDRESS;

    public String placeholder(int number) {
        return "[" + name() + "_" + number + "]";
    }
}
