/**
 * The guide's deadlines. «Every 6 months», «every 2 months» and «in the last 12 months» are calendar
 * months counted back from the evaluation date (see `addMonths`): a semester is not 183 days, and a
 * year across a 29 February is still a year. A date exactly on the boundary is inside the window.
 */

/** "Once per semester" / "in the last 6 months": working-group sessions, participation, verifications. */
export const SEMESTER_MONTHS = 6;

/** "In the last 12 months": the plan's revision. */
export const YEAR_MONTHS = 12;

/** Citizen reports are answered within 30 calendar days (§3.3). */
export const REPORT_ANSWER_DAYS = 30;

/** Digital communication "every 2 months" (§4.3). */
export const COMMUNICATION_GAP_MONTHS = 2;
