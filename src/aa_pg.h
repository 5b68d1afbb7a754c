/*
 * aa_pg.h — what the PostgreSQL glue files share.
 */
#ifndef AA_PG_H
#define AA_PG_H

#include "aa_engine.h"

/* The engine's services as PostgreSQL provides them. */
extern const aa_env aa_pg_env;

/* ereport(ERROR) for any status but AA_OK. */
extern void aa_pg_report(aa_status status, const aa_result *result);

#endif							/* AA_PG_H */
