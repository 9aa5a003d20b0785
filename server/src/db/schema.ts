/**
 * The tables as the repositories see them, for Kysely's typed queries: one interface per table, column
 * names as in the migrations. Both engines store the same shapes (JSON as text, times as ISO text), so
 * one description serves both.
 */
// Tables are added here as each repository moves to Kysely.
export interface Database {}
