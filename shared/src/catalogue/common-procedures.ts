/**
 * What citizens ask for most at a commune counter (birth, marriage, civil status, residence,
 * certified copies, death): the demo's spotlights and the kiosk's "common procedures" before it has
 * view counts of its own.
 */
export const COMMON_PROCEDURE_CODES = ['1.001193', '1.000894', '1.004873', '1.004222', '2.000815', '1.000656', '1.004194', '2.000635'];
