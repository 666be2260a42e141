/**
 * The guide's deadlines in calendar days, counted back from the evaluation date. Months are fixed
 * lengths so that a check gives the same answer on any day of any year.
 */

/** "Once per semester" / "in the last 6 months": working-group sessions, participation, verifications. */
export const SEMESTER_DAYS = 183;

/** "In the last 12 months": the plan's revision. */
export const YEAR_DAYS = 365;

/** Citizen reports are answered within 30 calendar days (§3.3). */
export const REPORT_ANSWER_DAYS = 30;

/** Digital communication "every 2 months" (§4.3). */
export const COMMUNICATION_GAP_DAYS = 62;
